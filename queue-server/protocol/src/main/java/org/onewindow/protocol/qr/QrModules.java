package org.onewindow.protocol.qr;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A code of the hall (a tracking link, an appointment code, a rating link) as the modules of its QR
 * code, encoded the same way wherever it is printed or shown: error correction M, the quiet zone of
 * four modules the QR standard asks for (without it some phone readers give up), ASCII only
 * (printers and phone readers disagree on the charset of other text; the hall's codes need none).
 */
public final class QrModules {

    private static final int QUIET_ZONE = 4;

    private final BitMatrix modules;

    private QrModules(BitMatrix modules) {
        this.modules = modules;
    }

    public static QrModules of(String payload) {
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(payload)) {
            throw new IllegalArgumentException("QR payload must be ASCII: " + payload);
        }
        try {
            return new QrModules(new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + payload.length() + " characters", e);
        }
    }

    /** Modules per side, the quiet zone included. */
    public int size() {
        return modules.getWidth();
    }

    public boolean dark(int x, int y) {
        return modules.get(x, y);
    }

    /**
     * Whole pixels per module for a picture at most {@code maxPixels} wide (at least one), so the
     * code stays sharp.
     */
    public int scaleFor(int maxPixels) {
        return Math.max(1, maxPixels / size());
    }

    /** The code as a square picture at most {@code maxPixels} wide, black on white, whole pixels per module. */
    public Picture picture(int maxPixels) {
        int scale = scaleFor(maxPixels);
        int side = size() * scale;
        int[] argb = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                argb[y * side + x] = modules.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return new Picture(side, argb);
    }

    /** side × side ARGB pixels, row by row. */
    public record Picture(int side, int[] argb) {
    }
}
