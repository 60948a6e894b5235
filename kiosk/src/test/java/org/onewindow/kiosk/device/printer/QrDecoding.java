package org.onewindow.kiosk.device.printer;

import java.awt.image.BufferedImage;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads a QR code back from an image, as a phone would. */
public final class QrDecoding {

    private QrDecoding() {
    }

    public static String decode(BufferedImage image) throws Exception {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                    .getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found in the image", e);
        }
    }
}
