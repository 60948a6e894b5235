package org.onewindow.kiosk.device.printer;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

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
    /** The quiet zone the QR standard asks for; without it some phone readers give up. */
    private static final int MARGIN_MODULES = 4;

    private QrRaster() {
    }

    /** The QR code, error correction M, at most {@code maxDots} wide, in whole dots per module so it stays sharp. */
    public static BitImage of(String payload, int maxDots) {
        // Printers and phone readers disagree on the charset of non-ASCII QR text; an address needs none.
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(payload)) {
            throw new IllegalArgumentException("QR payload must be ASCII: " + payload);
        }
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, MARGIN_MODULES));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + payload.length() + " characters", e);
        }
        int scale = Math.max(1, maxDots / modules.getWidth());
        int size = modules.getWidth() * scale;
        int bytesPerRow = (size + 7) / 8;
        byte[] bits = new byte[bytesPerRow * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (modules.get(x / scale, y / scale)) {
                    bits[y * bytesPerRow + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new BitImage(bytesPerRow, size, bits);
    }
}
