package org.onewindow.kiosk.device.locker;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.onewindow.kiosk.device.serial.SerialLink;

/**
 * The lock board's side of the protocol, for tests on a pty pair and for demos: slots with doors
 * that open when asked and shut when a citizen (the test) shuts them. Knobs make it misbehave as
 * real boards do: a jammed lock, silence, noise on the line, a corrupt answer.
 */
public final class LockerTwin implements AutoCloseable {

    private final SerialLink link;
    private final int address;
    private final int slots;
    private final Thread thread;
    private final LockerFrameDecoder decoder = new LockerFrameDecoder();
    private final Set<Integer> open = ConcurrentHashMap.newKeySet();
    private final Set<Integer> occupied = ConcurrentHashMap.newKeySet();
    private final Set<Integer> jammed = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Integer> opened = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private volatile boolean silent;
    private volatile boolean corruptAnswers;
    private volatile byte[] noise = new byte[0];

    public LockerTwin(SerialLink link, int address, int slots) {
        this.link = link;
        this.address = address;
        this.slots = slots;
        this.thread = new Thread(this::serve, "locker-twin");
        thread.setDaemon(true);
        thread.start();
    }

    /** Puts a result in a slot (staff loading the locker). */
    public void load(int slot) {
        occupied.add(slot);
    }

    /** The citizen takes what is inside and shuts the door. */
    public void takeAndShut(int slot) {
        occupied.remove(slot);
        open.remove(slot);
    }

    /** The citizen shuts the door without taking what is inside. */
    public void shutWithoutTaking(int slot) {
        open.remove(slot);
    }

    /** The slots whose doors stand open now. */
    public java.util.Set<Integer> openSlots() {
        return java.util.Set.copyOf(open);
    }

    public void jam(int slot) {
        jammed.add(slot);
    }

    public void silent(boolean quiet) {
        this.silent = quiet;
    }

    /** Answers with a wrong check byte, as a line with interference does. */
    public void corruptAnswers(boolean corrupt) {
        this.corruptAnswers = corrupt;
    }

    public void noiseBeforeAnswers(byte[] bytes) {
        this.noise = bytes.clone();
    }

    public boolean isOpen(int slot) {
        return open.contains(slot);
    }

    /** How many times a slot's lock was released. */
    public int timesOpened(int slot) {
        return opened.getOrDefault(slot, 0);
    }

    private void serve() {
        byte[] buffer = new byte[128];
        while (running) {
            try {
                int n = link.read(buffer, 0, buffer.length, Duration.ofMillis(100));
                if (n <= 0) {
                    continue;
                }
                for (LockerFrame f : decoder.feed(buffer, 0, n)) {
                    if (f.address() == address && !silent) {
                        answer(f);
                    }
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(LockerFrame question) throws IOException {
        byte[] data = question.data();
        int slot = data.length > 0 ? data[0] & 0xFF : 0;
        boolean exists = slot >= 1 && slot <= slots;
        byte[] reply;
        if (question.command() == LockerFrame.PING) {
            reply = new byte[] {1};
        } else if (question.command() == LockerFrame.OPEN) {
            int result = !exists ? LockerFrame.NO_SUCH_SLOT : jammed.contains(slot) ? LockerFrame.JAMMED : LockerFrame.OPENED;
            if (result == LockerFrame.OPENED) {
                open.add(slot);
                opened.merge(slot, 1, Integer::sum);
            }
            reply = new byte[] {(byte) slot, (byte) result};
        } else if (question.command() == LockerFrame.STATUS) {
            reply = !exists ? new byte[] {(byte) slot, (byte) LockerFrame.NO_SUCH_SLOT}
                    : new byte[] {(byte) slot, (byte) (open.contains(slot) ? 1 : 0), (byte) (occupied.contains(slot) ? 1 : 0)};
        } else {
            return; // an unknown command gets no answer, as on the real board
        }
        byte[] frame = new LockerFrame(address, question.command(), reply).encode();
        if (corruptAnswers) {
            frame[frame.length - 2] ^= 0x5A;
        }
        if (noise.length > 0) {
            link.write(noise);
        }
        link.write(frame);
    }

    @Override
    public void close() {
        running = false;
        link.close();
    }
}
