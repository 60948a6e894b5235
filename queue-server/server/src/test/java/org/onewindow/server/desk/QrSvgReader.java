package org.onewindow.server.desk;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads a QR code drawn by {@link QrSvg} back, as a phone's camera would: pixels, then ZXing's reader. */
final class QrSvgReader {

    private static final Pattern SIZE = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final int SCALE = 6;

    private QrSvgReader() {
    }

    static String decode(String svg) throws Exception {
        Matcher size = SIZE.matcher(svg);
        if (!size.find()) {
            throw new IllegalArgumentException("no viewBox in " + svg);
        }
        int w = Integer.parseInt(size.group(1)) * SCALE;
        int h = Integer.parseInt(size.group(2)) * SCALE;
        int[] pixels = new int[w * h];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        Matcher m = MODULE.matcher(svg);
        while (m.find()) {
            int x0 = Integer.parseInt(m.group(1)) * SCALE;
            int y0 = Integer.parseInt(m.group(2)) * SCALE;
            for (int y = y0; y < y0 + SCALE; y++) {
                for (int x = x0; x < x0 + SCALE; x++) {
                    pixels[y * w + x] = 0;
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
