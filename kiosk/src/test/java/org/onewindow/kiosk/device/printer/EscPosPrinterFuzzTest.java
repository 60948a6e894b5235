package org.onewindow.kiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.onewindow.kiosk.device.serial.FuzzedLink;

/**
 * Whatever a printer answers to DLE EOT, its status reads as one of the known states and never
 * throws: the kiosk asks before every ticket, so a throw would stop it printing at all.
 */
class EscPosPrinterFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void anyStatusReplyReadsAsAKnownState(FuzzedDataProvider data) {
        EscPosPrinter printer = new EscPosPrinter(new FuzzedLink(data), PaperWidth.MM80, Duration.ofSeconds(5));
        while (data.remainingBytes() > 0) {
            PaperStatus status = printer.status();
            assertThat(status).isNotNull();
            assertThat(status.healthState()).isIn("OK", "WARNING", "FAULT");
        }
    }
}
