package org.onewindow.kiosk.device.printer;

import org.onewindow.protocol.qr.QrModules;

/**
 * The ticket's QR code as a raster. Printed as an image rather than with the printer's own QR
 * command, which older and cheaper printers lack or implement differently.
 */
final class QrRaster {

    /**
     * About 3 cm at 203 dpi: big enough for an old phone held at arm's length, small enough to leave
     * room on 58 mm paper. Payloads of a tracking address come out 200–260 dots wide.
     */
    public static final int MAX_DOTS = 260;

    private QrRaster() {
    }

    /** The QR code, at most {@code maxDots} wide, in whole dots per module so it stays sharp. */
    public static BitImage of(String payload, int maxDots) {
        QrModules modules = QrModules.of(payload);
        int scale = modules.scaleFor(maxDots);
        int size = modules.size() * scale;
        int bytesPerRow = (size + 7) / 8;
        byte[] bits = new byte[bytesPerRow * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (modules.dark(x / scale, y / scale)) {
                    bits[y * bytesPerRow + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new BitImage(bytesPerRow, size, bits);
    }
}
