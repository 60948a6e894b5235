package org.onewindow.kiosk.device.idcard;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.onewindow.kiosk.device.serial.SerialLink;

/**
 * The reader's side of the SAM protocol, for tests on a pty pair and for demos on a real serial
 * line: answers status, find, select and read for the card laid on it. Knobs make it misbehave
 * the way real readers do: a read failure, garbage on the line, a spoilt checksum, silence.
 */
public final class SamReaderTwin implements AutoCloseable {

    private final SerialLink link;
    private final Thread thread;
    private final SamFrameDecoder decoder = new SamFrameDecoder();
    private volatile boolean running = true;
    private volatile IdCard card;
    private volatile boolean failReads;
    private volatile boolean silent;
    private volatile byte[] garbageBeforeAnswers = new byte[0];
    private final AtomicInteger corruptReads = new AtomicInteger();
    private final AtomicInteger readsAnswered = new AtomicInteger();

    public SamReaderTwin(SerialLink link) {
        this.link = link;
        this.thread = new Thread(this::serve, "sam-reader-twin");
        thread.setDaemon(true);
        thread.start();
    }

    public void present(IdCard card) {
        this.card = card;
    }

    public void remove() {
        this.card = null;
    }

    /** Answers reads with 41 (read failed). */
    public void failReads(boolean fail) {
        this.failReads = fail;
    }

    /** Stops answering at all, as an unplugged reader. */
    public void silent(boolean silent) {
        this.silent = silent;
    }

    /** Sends these bytes before every answer, as a noisy line does. */
    public void garbageBeforeAnswers(byte[] garbage) {
        this.garbageBeforeAnswers = garbage.clone();
    }

    /** Spoils the checksum of the next {@code count} read answers, as a burst of line noise does. */
    public void corruptNextReads(int count) {
        corruptReads.set(count);
    }

    /** How many read commands (30 01) it has answered. */
    public int readsAnswered() {
        return readsAnswered.get();
    }

    private void serve() {
        byte[] buffer = new byte[256];
        while (running) {
            try {
                int n = link.read(buffer, 0, buffer.length, Duration.ofMillis(100));
                if (n <= 0 || silent) {
                    continue;
                }
                List<byte[]> requests = decoder.feedBodies(buffer, 0, n);
                for (byte[] body : requests) {
                    if (body.length >= 2) {
                        answer(body[0] & 0xFF, body[1] & 0xFF);
                    }
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(int cmd, int para) throws IOException {
        IdCard present = card;
        byte[] response;
        if (cmd == 0x11) {
            response = SamFrame.response(0x90);
        } else if (cmd == 0x20 && para == 0x01) {
            response = present == null ? SamFrame.response(0x80) : SamFrame.response(0x9F, new byte[4]);
        } else if (cmd == 0x20 && para == 0x02) {
            response = present == null ? SamFrame.response(0x81) : SamFrame.response(0x90, new byte[8]);
        } else if (cmd == 0x30 && para == 0x01) {
            response = present == null || failReads ? SamFrame.response(0x41) : SamFrame.response(0x90, readData(present));
            readsAnswered.incrementAndGet();
            if (corruptReads.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                response[response.length - 1] ^= 0x5A;
            }
        } else {
            response = SamFrame.response(0x21);
        }
        byte[] garbage = garbageBeforeAnswers;
        if (garbage.length > 0) {
            link.write(garbage);
        }
        link.write(response);
    }

    private static byte[] readData(IdCard card) {
        byte[] text = IdCardText.encode(card, "甘肃省临夏市红园路1号", "临夏市公安局");
        byte[] photo = card.photo().raw();
        return ByteBuffer.allocate(4 + text.length + photo.length).putShort((short) text.length)
                .putShort((short) photo.length).put(text).put(photo).array();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        link.close();
    }
}
