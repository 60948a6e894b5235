package org.onewindow.kiosk.device.idcard;

/**
 * The SAM frame: {@code AA AA AA 96 69 | LEN(2, big-endian) | body | CHK}, where LEN counts
 * every byte after itself (CHK included) and CHK is the XOR of LEN's bytes and the body.
 * Requests carry CMD PARA [data]; responses SW1 SW2 SW3 [data].
 */
final class SamFrame {

    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};

    public static final byte[] SAM_STATUS = request(0x11, 0xFF);
    public static final byte[] FIND_CARD = request(0x20, 0x01);
    public static final byte[] SELECT_CARD = request(0x20, 0x02);
    public static final byte[] READ_TEXT_AND_PHOTO = request(0x30, 0x01);

    private SamFrame() {
    }

    /** A request frame. */
    public static byte[] request(int cmd, int para, byte... data) {
        byte[] body = new byte[2 + data.length];
        body[0] = (byte) cmd;
        body[1] = (byte) para;
        System.arraycopy(data, 0, body, 2, data.length);
        return frame(body);
    }

    /** A response frame, as a reader sends it (used by the reader twin). */
    public static byte[] response(int sw3, byte... data) {
        byte[] body = new byte[3 + data.length];
        body[2] = (byte) sw3;
        System.arraycopy(data, 0, body, 3, data.length);
        return frame(body);
    }

    private static byte[] frame(byte[] body) {
        int len = body.length + 1;
        byte[] frame = new byte[PREAMBLE.length + 2 + len];
        System.arraycopy(PREAMBLE, 0, frame, 0, PREAMBLE.length);
        frame[5] = (byte) (len >> 8);
        frame[6] = (byte) len;
        System.arraycopy(body, 0, frame, 7, body.length);
        frame[frame.length - 1] = checksum(frame, 5, frame.length - 1);
        return frame;
    }

    /** XOR of {@code bytes[from, to)}. */
    static byte checksum(byte[] bytes, int from, int to) {
        byte x = 0;
        for (int i = from; i < to; i++) {
            x ^= bytes[i];
        }
        return x;
    }
}
