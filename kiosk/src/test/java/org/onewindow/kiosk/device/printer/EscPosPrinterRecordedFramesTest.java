package org.onewindow.kiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.testsupport.ReplayedLine;

/**
 * The ESC/POS driver against a printer's DLE EOT replies (frames/printer/), on a real pty pair at
 * 115200 baud: each status query is checked byte for byte, each reply read as the printer means it.
 */
class EscPosPrinterRecordedFramesTest {

    @TempDir
    Path dir;

    private PaperStatus status(String session) throws Exception {
        try (ReplayedLine line = ReplayedLine.play(dir, "printer/" + session, 115200);
             EscPosPrinter printer = new EscPosPrinter(line.kioskEnd(), PaperWidth.MM80, Duration.ofMillis(500))) {
            PaperStatus status = printer.status();
            line.replay().awaitPlayed();
            return status;
        }
    }

    @Test
    void eachReplyMeansWhatThePrinterSays() throws Exception {
        assertThat(status("ready.session")).isEqualTo(PaperStatus.OK);
        assertThat(status("paper-near-end.session")).isEqualTo(PaperStatus.NEAR_END);
        assertThat(status("paper-out.session")).isEqualTo(PaperStatus.OUT);
        assertThat(status("cover-open.session")).isEqualTo(PaperStatus.COVER_OPEN);
    }

    @Test
    void aTicketIsPrintedAfterTheStatusFromInitialiseToCut() throws Exception {
        try (ReplayedLine line = ReplayedLine.play(dir, "printer/print-ticket.session", 115200);
             EscPosPrinter printer = new EscPosPrinter(line.kioskEnd(), PaperWidth.MM80, Duration.ofMillis(500))) {
            printer.print(Tickets.sample("A012"));

            line.replay().awaitPlayed();
            byte[] cut = {0x1D, 0x56, 0x42, 0x04};
            await().atMost(Duration.ofSeconds(10)).until(() -> endsWith(line.replay().afterwards(), cut));
            byte[] job = line.replay().afterwards();
            assertThat(Arrays.copyOf(job, 2)).containsExactly(0x1B, 0x40);
            assertThat(indexOf(job, new byte[] {0x1D, 0x76, 0x30, 0x00})).as("a GS v 0 raster (the QR code)").isPositive();
        }
    }

    private static boolean endsWith(byte[] bytes, byte[] tail) {
        return bytes.length >= tail.length
                && Arrays.equals(Arrays.copyOfRange(bytes, bytes.length - tail.length, bytes.length), tail);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(bytes, i, i + part.length), part)) {
                return i;
            }
        }
        return -1;
    }
}
