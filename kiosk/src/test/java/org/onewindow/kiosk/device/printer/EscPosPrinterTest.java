package org.onewindow.kiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.onewindow.kiosk.device.serial.InMemoryLink;

/** Driver behaviour that needs exact control of timing, on an in-memory line. */
class EscPosPrinterTest {

    private final InMemoryLink[] link = InMemoryLink.pair("printer");
    private final PrinterTwin twin = new PrinterTwin(link[1]);
    private final EscPosPrinter printer = new EscPosPrinter(link[0], PaperWidth.MM58, Duration.ofMillis(500));

    @AfterEach
    void close() {
        printer.close();
        twin.close();
    }

    @Test
    void aLateReplyLeftOnTheLineIsNotTakenForTheNextAnswer() throws Exception {
        // 0x7E read as the answer to DLE EOT 1 would mean offline; every later answer would be one behind.
        link[1].write(new byte[] {0x7E});

        assertThat(printer.status()).isEqualTo(PaperStatus.OK);
    }

    @Test
    void itIsNamedAfterItsPort() {
        assertThat(printer.name()).isEqualTo("printer/host");
    }
}
