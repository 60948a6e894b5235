package org.onewindow.kiosk.device.locker;

import java.io.IOException;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.onewindow.kiosk.device.serial.SerialLink;

/**
 * The lock board driver: one question at a time, each answered within {@code answerTimeout} or
 * asked once more (a frame lost on the line), stale bytes discarded before each question. Opening a
 * door twice is harmless, so a lost answer to OPEN is simply asked again.
 */
public final class SerialLocker implements Locker {

    private static final Logger log = LoggerFactory.getLogger(SerialLocker.class);
    private static final Duration POLL = Duration.ofMillis(250);

    private final SerialLink link;
    private final int address;
    private final Duration answerTimeout;
    private final LockerFrameDecoder decoder = new LockerFrameDecoder();

    public SerialLocker(SerialLink link, int address, Duration answerTimeout) {
        this.link = link;
        this.address = address;
        this.answerTimeout = answerTimeout;
    }

    @Override
    public void open(int slot) throws LockerException {
        byte[] answer = ask(LockerFrame.OPEN, slot);
        int result = answer.length >= 2 ? answer[1] & 0xFF : -1;
        if (result == LockerFrame.JAMMED) {
            throw new LockerException("JAMMED", "slot " + slot + " did not open");
        }
        if (result == LockerFrame.NO_SUCH_SLOT) {
            throw new LockerException("NO_SUCH_SLOT", "the locker has no slot " + slot);
        }
        if (result != LockerFrame.OPENED) {
            throw new LockerException("BAD_ANSWER", "unexpected answer to open " + slot);
        }
    }

    @Override
    public DoorState state(int slot) throws LockerException {
        byte[] answer = ask(LockerFrame.STATUS, slot);
        if (answer.length == 2 && (answer[1] & 0xFF) == LockerFrame.NO_SUCH_SLOT) {
            throw new LockerException("NO_SUCH_SLOT", "the locker has no slot " + slot);
        }
        if (answer.length < 3) {
            throw new LockerException("BAD_ANSWER", "unexpected answer to status of " + slot);
        }
        return new DoorState(slot, answer[1] == 1, answer[2] == 1);
    }

    @Override
    public DoorState awaitShut(int slot, Duration timeout) throws LockerException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        DoorState state = state(slot);
        while (state.open() && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis()); // the board reports the door only when asked
            state = state(slot);
        }
        return state;
    }

    private synchronized byte[] ask(int command, int slot) throws LockerException {
        byte[] question = new LockerFrame(address, command, new byte[] {(byte) slot}).encode();
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                link.discardInput();
                decoder.reset();
                link.write(question);
                byte[] answer = await(command, slot);
                if (answer != null) {
                    return answer;
                }
                log.debug("No answer from locker {} on {} (attempt {})", address, link.name(), attempt + 1);
            } catch (IOException e) {
                throw new LockerException("NO_ANSWER", "the line to the locker failed: " + e.getMessage());
            }
        }
        throw new LockerException("NO_ANSWER", "the locker on " + link.name() + " did not answer");
    }

    private byte[] await(int command, int slot) throws IOException {
        byte[] buffer = new byte[64];
        long deadline = System.nanoTime() + answerTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            int n = link.read(buffer, 0, buffer.length, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            for (LockerFrame f : decoder.feed(buffer, 0, Math.max(0, n))) {
                byte[] data = f.data();
                if (f.address() == address && f.command() == command && data.length >= 1 && (data[0] & 0xFF) == slot) {
                    return data;
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        link.close();
    }
}
