package org.onewindow.kiosk.device.locker;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds frames in a byte stream: skips noise before a start byte, and drops a frame whose length,
 * check byte or end byte is wrong, resuming at the next start byte. A corrupt frame never becomes
 * an answer.
 */
final class LockerFrameDecoder {

    private static final int MAX_DATA = 32;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int dropped;

    List<LockerFrame> feed(byte[] bytes, int offset, int length) {
        pending.write(bytes, offset, length);
        byte[] buffer = pending.toByteArray();
        List<LockerFrame> frames = new ArrayList<>();
        int i = 0;
        while (i < buffer.length) {
            if ((buffer[i] & 0xFF) != LockerFrame.STX) {
                i++;
                continue;
            }
            if (buffer.length - i < 4) {
                break;
            }
            int len = buffer[i + 3] & 0xFF;
            if (len > MAX_DATA) {
                dropped++;
                i++;
                continue;
            }
            int end = i + 4 + len + 1;
            if (end >= buffer.length) {
                break;
            }
            int address = buffer[i + 1] & 0xFF;
            int command = buffer[i + 2] & 0xFF;
            byte[] data = Arrays.copyOfRange(buffer, i + 4, i + 4 + len);
            if ((buffer[end] & 0xFF) != LockerFrame.ETX || (buffer[end - 1] & 0xFF) != LockerFrame.check(address, command, data)) {
                dropped++;
                i++;
                continue;
            }
            frames.add(new LockerFrame(address, command, data));
            i = end + 1;
        }
        pending.reset();
        pending.write(buffer, i, buffer.length - i);
        return frames;
    }

    /** Frames thrown away as corrupt so far. */
    int dropped() {
        return dropped;
    }

    void reset() {
        pending.reset();
    }
}
