package org.onewindow.kiosk.ui;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.onewindow.protocol.qr.QrModules;

/** A QR code to show on screen (when the ticket could not be printed, it is the citizen's copy). */
public final class QrImage {

    private QrImage() {
    }

    /** The code at most {@code size} pixels wide, encoded as on the printed ticket. */
    public static Image of(String payload, int size) {
        QrModules.Picture picture = QrModules.of(payload).picture(size);
        WritableImage image = new WritableImage(picture.side(), picture.side());
        image.getPixelWriter().setPixels(0, 0, picture.side(), picture.side(), PixelFormat.getIntArgbInstance(),
                picture.argb(), 0, picture.side());
        return image;
    }
}
