package org.onewindow.kiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DLE EOT reply bytes as printers send them (bits 1 and 4 always set). */
class PaperStatusTest {

    @Test
    void allOkIsOk() {
        assertThat(PaperStatus.ofPaperSensor(0x12)).isEqualTo(PaperStatus.OK);
        assertThat(PaperStatus.offline(0x12)).isFalse();
        assertThat(PaperStatus.ofOfflineCause(0x12)).isEqualTo(PaperStatus.OFFLINE);
    }

    @Test
    void paperOutIsBitsFiveAndSix() {
        assertThat(PaperStatus.ofPaperSensor(0x72)).isEqualTo(PaperStatus.OUT);
        assertThat(PaperStatus.ofPaperSensor(0x12 | 0x20)).isEqualTo(PaperStatus.OUT);
        assertThat(PaperStatus.ofPaperSensor(0x7E)).as("out wins over near end").isEqualTo(PaperStatus.OUT);
    }

    @Test
    void nearEndIsBitsTwoAndThree() {
        assertThat(PaperStatus.ofPaperSensor(0x1E)).isEqualTo(PaperStatus.NEAR_END);
        assertThat(PaperStatus.ofPaperSensor(0x12 | 0x04)).isEqualTo(PaperStatus.NEAR_END);
    }

    @Test
    void offlineIsBitThreeOfThePrinterByte() {
        assertThat(PaperStatus.offline(0x1A)).isTrue();
        assertThat(PaperStatus.offline(0x16)).isFalse();
    }

    @Test
    void theOfflineCauseTellsCoverOpenFromPaperEnd() {
        assertThat(PaperStatus.ofOfflineCause(0x16)).isEqualTo(PaperStatus.COVER_OPEN);
        assertThat(PaperStatus.ofOfflineCause(0x32)).isEqualTo(PaperStatus.OUT);
    }

    @Test
    void onlyOkAndNearEndMayPrint() {
        assertThat(PaperStatus.values()).filteredOn(PaperStatus::canPrint)
                .containsExactly(PaperStatus.OK, PaperStatus.NEAR_END);
    }
}
