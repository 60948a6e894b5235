package org.onewindow.kiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class EscPosWriterTest {

    private static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    @Test
    void commandsAreTheDocumentedBytes() {
        byte[] bytes = new EscPosWriter().initialise().align(EscPosWriter.Align.CENTRE).bold(true).size(2, 2)
                .feed(3).cut(4).toBytes();

        assertThat(bytes).isEqualTo(hex("1B 40 1B 61 01 1B 45 01 1D 21 11 1B 64 03 1D 56 42 04"));
    }

    @Test
    void chineseTextIsGb18030() {
        byte[] bytes = new EscPosWriter().line("企业开办").toBytes();

        assertThat(bytes).isEqualTo(("企业开办\n").getBytes(Charset.forName("GBK")));
    }

    @Test
    void aRasterHasItsSizeInTheHeaderAndTallImagesGoInBands() {
        BitImage image = new BitImage(3, 300, new byte[3 * 300]);

        byte[] bytes = new EscPosWriter().raster(image).toBytes();

        assertThat(Arrays.copyOfRange(bytes, 0, 8)).isEqualTo(hex("1D 76 30 00 03 00 00 01"));
        int second = 8 + 3 * 256;
        assertThat(Arrays.copyOfRange(bytes, second, second + 8)).isEqualTo(hex("1D 76 30 00 03 00 2C 00"));
        assertThat(bytes).hasSize(16 + 3 * 300);
    }

    @Test
    void rareCharactersAreNotPrintableAsText() {
        assertThat(EscPosWriter.printable("张桂兰")).isTrue();
        assertThat(EscPosWriter.printable("王\uD840\uDE0C")).isFalse();
    }

    @Test
    void aLineWithARareCharacterIsPrintedAsAnImage() {
        PrintedTicket plain = Tickets.sample("A001");
        PrintedTicket rare = new PrintedTicket(plain.hallName(), plain.number(), "王\uD840\uDE0C的专窗", plain.windows(),
                0, 0, "", "", "", java.util.List.of(), plain.issuedAt(), plain.qrPayload(), plain.footer());

        EscPosRenderer read = EscPosRenderer.read(new TicketLayout(PaperWidth.MM80).render(rare));

        assertThat(read.textLines()).noneMatch(l -> l.contains("专窗"));
        assertThat(read.rasters()).hasSize(2);
    }

    @Test
    void paperStatusBytesDecode() {
        assertThat(PaperStatus.ofPaperSensor(0x12)).isEqualTo(PaperStatus.OK);
        assertThat(PaperStatus.ofPaperSensor(0x72)).isEqualTo(PaperStatus.OUT);
        assertThat(PaperStatus.ofPaperSensor(0x1E)).isEqualTo(PaperStatus.NEAR_END);
        assertThat(PaperStatus.offline(0x1A)).isTrue();
        assertThat(PaperStatus.coverOpen(0x16)).isTrue();
    }
}
