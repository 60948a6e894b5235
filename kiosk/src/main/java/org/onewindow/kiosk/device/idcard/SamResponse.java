package org.onewindow.kiosk.device.idcard;

import java.util.HexFormat;

/**
 * A response frame's status and data.
 *
 * @param sw3   status byte (0x90 success, 0x9F card found, 0x80 no card ...)
 * @param data  bytes after SW1 SW2 SW3, checksum excluded
 */
record SamResponse(int sw3, byte[] data) {

    public SamStatus status() {
        return SamStatus.of(sw3);
    }

    @Override
    public String toString() {
        // Data may hold a card's text block: print its size only.
        return "SamResponse[sw3=" + HexFormat.of().toHexDigits((byte) sw3) + ", " + data.length + " bytes]";
    }
}
