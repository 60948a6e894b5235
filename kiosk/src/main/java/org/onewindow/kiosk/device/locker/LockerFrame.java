package org.onewindow.kiosk.device.locker;

import java.io.ByteArrayOutputStream;

/**
 * One frame of the lock board protocol: {@code 02 | addr | cmd | len | data… | xor | 03}, where the
 * check byte is the XOR of addr, cmd, len and data. A command and its answer share the command byte.
 *
 * @param address  lock board address on the line (1-254)
 * @param command  {@link #PING}, {@link #OPEN} or {@link #STATUS}
 * @param data     command data
 */
record LockerFrame(int address, int command, byte[] data) {

    static final int STX = 0x02;
    static final int ETX = 0x03;
    /** Asks the board for its firmware version: no data; answer: one byte. */
    public static final int PING = 0x30;
    /** Opens a slot: data = slot; answer: slot, result ({@link #OPENED}, {@link #JAMMED}, {@link #NO_SUCH_SLOT}). */
    public static final int OPEN = 0x31;
    /** A slot's door: data = slot; answer: slot, door (0 shut, 1 open), occupied (0/1), or slot, {@link #NO_SUCH_SLOT}. */
    public static final int STATUS = 0x32;
    public static final int OPENED = 0x00;
    public static final int JAMMED = 0x01;
    public static final int NO_SUCH_SLOT = 0x02;

    public LockerFrame {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(STX);
        out.write(address);
        out.write(command);
        out.write(data.length);
        out.write(data, 0, data.length);
        out.write(check(address, command, data));
        out.write(ETX);
        return out.toByteArray();
    }

    static int check(int address, int command, byte[] data) {
        int x = address ^ command ^ data.length;
        for (byte b : data) {
            x ^= b & 0xFF;
        }
        return x & 0xFF;
    }
}
