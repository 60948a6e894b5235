package org.onewindow.protocol.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

/** The hall's codes as QR pictures: sharp, within the size asked, with the standard's quiet zone, and readable. */
class QrModulesTest {

    private static final String TRACKING = "http://hall.example/t/linxia/AbCdEfGhIjKlMnOp";

    @Test
    void aPictureReadsBackAsItsCodeAndStaysWithinTheSizeAsked() throws Exception {
        QrModules.Picture picture = QrModules.of(TRACKING).picture(240);

        assertThat(picture.side()).isLessThanOrEqualTo(240).isGreaterThan(120);
        RGBLuminanceSource pixels = new RGBLuminanceSource(picture.side(), picture.side(), picture.argb());
        assertThat(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(pixels))).getText()).isEqualTo(TRACKING);
    }

    @Test
    void everyModuleIsWholePixelsAndTheQuietZoneIsFourModulesOfWhite() {
        QrModules qr = QrModules.of(TRACKING);
        int scale = qr.scaleFor(240);
        QrModules.Picture picture = qr.picture(240);

        assertThat(picture.side()).isEqualTo(qr.size() * scale);
        for (int i = 0; i < 4 * scale; i++) {
            assertThat(picture.argb()[i * picture.side() + i]).isEqualTo(0xFFFFFFFF);
        }
        // The finder pattern's dark corner starts right after the quiet zone.
        assertThat(qr.dark(4, 4)).isTrue();
        assertThat(picture.argb()[4 * scale * picture.side() + 4 * scale]).isEqualTo(0xFF000000);
    }

    @Test
    void aPictureSmallerThanTheCodeStillHasOnePixelPerModule() {
        QrModules qr = QrModules.of(TRACKING);

        assertThat(qr.picture(10).side()).isEqualTo(qr.size());
    }

    @Test
    void textOutsideAsciiIsRefused() {
        assertThatThrownBy(() -> QrModules.of("政务服务")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ASCII");
    }
}
