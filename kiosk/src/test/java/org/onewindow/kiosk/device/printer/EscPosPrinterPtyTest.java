package org.onewindow.kiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.onewindow.kiosk.device.serial.JSerialCommLink;
import org.onewindow.kiosk.device.serial.SerialSettings;
import org.onewindow.kiosk.testsupport.PtyPair;

/** The printer driver on a real pty pair; the printer twin keeps what a printer would print. */
class EscPosPrinterPtyTest {

    @TempDir
    Path dir;
    private PtyPair pty;
    private PrinterTwin twin;
    private EscPosPrinter printer;

    @BeforeEach
    void connect() throws Exception {
        pty = PtyPair.open(dir);
        twin = new PrinterTwin(JSerialCommLink.open(new SerialSettings(pty.deviceEnd().toString(), 115200)));
        printer = new EscPosPrinter(JSerialCommLink.open(new SerialSettings(pty.hostEnd().toString(), 115200)),
                PaperWidth.MM80, Duration.ofMillis(500));
    }

    @AfterEach
    void disconnect() throws Exception {
        printer.close();
        twin.close();
        pty.close();
    }

    @Test
    void aPrintedTicketDecodesBackToItsTrackingAddress() throws Exception {
        PrintedTicket ticket = Tickets.sample("A012");
        byte[] expected = new TicketLayout(PaperWidth.MM80).render(ticket);

        printer.print(ticket);

        await().atMost(Duration.ofSeconds(10)).until(() -> twin.printed().length >= expected.length);
        assertThat(twin.printed()).as("exactly the layout's bytes, status queries left out").isEqualTo(expected);
        EscPosRenderer paper = EscPosRenderer.read(twin.printed());
        assertThat(paper.textLines()).contains("A012", "企业开办");
        assertThat(QrDecoding.decode(paper.rasters().get(0).toImage())).isEqualTo(Tickets.TRACKING);
    }

    @Test
    void outOfPaperPrintsNothing() {
        twin.paper(PrinterTwin.PAPER_OUT);

        assertThat(printer.status()).isEqualTo(PaperStatus.OUT);
        assertThatThrownBy(() -> printer.print(Tickets.sample("A013"))).isInstanceOf(PrinterException.class)
                .hasMessageContaining("缺纸");
        assertThat(twin.printed()).isEmpty();
    }

    @Test
    void nearEndStillPrintsAndSaysSo() throws Exception {
        twin.paper(PrinterTwin.PAPER_NEAR_END);

        assertThat(printer.status()).isEqualTo(PaperStatus.NEAR_END);
        printer.print(Tickets.sample("B1000"));
        await().atMost(Duration.ofSeconds(10)).until(() -> endsWithCut(twin.printed()));
        assertThat(EscPosRenderer.read(twin.printed()).textLines()).contains("B1000");
    }

    @Test
    void anOpenCoverIsRefusedAndNothingIsPrinted() {
        twin.answer(1, PrinterTwin.OFFLINE);
        twin.answer(2, PrinterTwin.COVER_OPEN);

        assertThatThrownBy(() -> printer.print(Tickets.sample("A016"))).isInstanceOf(PrinterException.class)
                .satisfies(e -> assertThat(((PrinterException) e).status()).isEqualTo(PaperStatus.COVER_OPEN));
        assertThat(twin.printed()).isEmpty();
    }

    @Test
    void offlineForTheEndOfThePaperIsPaperOut() {
        twin.answer(1, PrinterTwin.OFFLINE);
        twin.answer(2, PrinterTwin.STOPPED_BY_PAPER_END);

        assertThat(printer.status()).isEqualTo(PaperStatus.OUT);
        twin.answer(2, PrinterTwin.ALL_OK);
        assertThat(printer.status()).isEqualTo(PaperStatus.OFFLINE);
        assertThatThrownBy(() -> printer.print(Tickets.sample("A017"))).isInstanceOf(PrinterException.class)
                .hasMessageContaining("离线");
        assertThat(twin.printed()).isEmpty();
    }

    @Test
    void aSilentPrinterIsNoAnswerWithinTheTimeout() {
        twin.silent(true);
        long start = System.nanoTime();

        assertThat(printer.status()).isEqualTo(PaperStatus.NO_ANSWER);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThatThrownBy(() -> printer.print(Tickets.sample("A018"))).isInstanceOf(PrinterException.class)
                .hasMessageContaining("无响应");
        assertThat(twin.printed()).isEmpty();
    }

    private static boolean endsWithCut(byte[] printed) {
        return printed.length > 4 && printed[printed.length - 4] == 0x1D && printed[printed.length - 3] == 0x56;
    }

    @Test
    void theSimulatedPrinterWritesAPngWhoseQrCodeScans(@TempDir Path out) throws Exception {
        SimulatedPrinter sim = new SimulatedPrinter(out, PaperWidth.MM80);

        sim.print(Tickets.sample("A014"));

        assertThat(sim.lastTicket()).exists().hasFileName("20261124-100530-A014.png");
        assertThat(ImageIO.read(sim.lastTicket().toFile()).getWidth()).isEqualTo(576);
        assertThat(Files.list(out)).hasSize(1);
        assertThat(QrDecoding.decode(ImageIO.read(sim.lastTicket().toFile()))).isEqualTo(Tickets.TRACKING);
        sim.setStatus(PaperStatus.OUT);
        assertThatThrownBy(() -> sim.print(Tickets.sample("A015"))).isInstanceOf(PrinterException.class);
    }
}
