package org.onewindow.kiosk.device.printer;

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
public final class QrRaster {

    private QrRaster() {
    }

    /** A QR code about {@code targetDots} wide, in whole dots per module so it stays sharp. */
    public static BitImage of(String payload, int targetDots) {
        try {
            BitMatrix modules = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            int scale = Math.max(1, targetDots / modules.getWidth());
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
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + payload.length() + " characters", e);
        }
    }
}
