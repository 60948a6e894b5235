package org.onewindow.kiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class QrRasterTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://h/t/A", Tickets.TRACKING,
            "https://zwfw.linxia.gov.cn/hall/linxia-city/track/7KQ2M9XH4P7KQ2M9XH4P"})
    void aTrackingAddressIsTwoHundredToTwoHundredSixtyDotsSquareAndScans(String payload) throws Exception {
        BitImage qr = QrRaster.of(payload, QrRaster.MAX_DOTS);

        assertThat(qr.rows()).isBetween(200, 260);
        assertThat(qr.bytesPerRow()).isEqualTo((qr.rows() + 7) / 8);
        assertThat(QrDecoding.decode(qr.toImage())).isEqualTo(payload);
    }

    @ParameterizedTest
    @EnumSource(PaperWidth.class)
    void theTicketsQrCodeIsTheSameSizeOnBothPapers(PaperWidth paper) {
        EscPosRenderer read = EscPosRenderer.read(new TicketLayout(paper).render(Tickets.sample("A012")));

        assertThat(read.rasters()).singleElement().satisfies(qr -> assertThat(qr.rows()).isBetween(200, 260));
    }

    @Test
    void theQuietZoneIsFourWhiteModules() {
        BitImage qr = QrRaster.of(Tickets.TRACKING, QrRaster.MAX_DOTS);
        int firstBlack = 0;
        while (!qr.black(firstBlack, firstBlack)) {
            firstBlack++;
        }
        int finder = 0;
        while (qr.black(firstBlack + finder, firstBlack)) {
            finder++;
        }
        int moduleDots = finder / 7; // the finder pattern's outer ring is 7 modules wide
        assertThat(moduleDots).isPositive();
        assertThat(firstBlack).isEqualTo(4 * moduleDots);
    }

    @Test
    void aNonAsciiPayloadIsRefused() {
        assertThatThrownBy(() -> QrRaster.of("http://h/t/临夏", QrRaster.MAX_DOTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ASCII");
    }
}
