package org.onewindow.kiosk.device.idcard;

/**
 * The card's photo as the reader delivers it: 1,024 bytes in a compressed format only licensed
 * vendor libraries decode. Kept raw, in memory, for a decoder plugged in later; never sent to
 * the server, never logged.
 */
final class CardPhoto {

    private final byte[] raw;

    public CardPhoto(byte[] raw) {
        this.raw = raw.clone();
    }

    public byte[] raw() {
        return raw.clone();
    }

    public int size() {
        return raw.length;
    }

    @Override
    public String toString() {
        return "CardPhoto[" + raw.length + " bytes]";
    }
}
