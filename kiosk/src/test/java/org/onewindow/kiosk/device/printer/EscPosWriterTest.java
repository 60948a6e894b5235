package org.onewindow.kiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class EscPosWriterTest {

    /** 王𠈌: 𠈌 is U+2020C, four bytes in GB18030, in no printer's font. */
    private static final String RARE = "王\uD840\uDE0C";

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
        assertThat(EscPosWriter.printable(RARE)).isFalse();
        assertThat(RARE.getBytes(Charset.forName("GB18030"))).hasSize(6);
    }

    @Test
    void aLineWithARareCharacterGoesOutAsARasterAsTallAsTheText() {
        byte[] normal = new EscPosWriter(384).line(RARE).toBytes();
        byte[] sized = new EscPosWriter(384).size(2, 2).line(RARE).toBytes();
        byte[] doubled = Arrays.copyOfRange(sized, 3, sized.length); // after GS ! 11

        assertThat(Arrays.copyOfRange(normal, 0, 4)).isEqualTo(hex("1D 76 30 00"));
        assertThat(rows(normal)).isEqualTo(24);
        assertThat(rows(doubled)).isEqualTo(48);
        int bytesPerRow = (normal[4] & 0xFF) | (normal[5] & 0xFF) << 8;
        assertThat(bytesPerRow * 8).as("as wide as the text, not the paper").isBetween(16, 383);
        assertThat(normal).hasSize(8 + bytesPerRow * 24);
        long inked = IntStream.range(8, normal.length).filter(i -> normal[i] != 0).count();
        assertThat(inked).as("bytes with black dots").isGreaterThan(10);
    }

    private static int rows(byte[] raster) {
        return (raster[6] & 0xFF) | (raster[7] & 0xFF) << 8;
    }

    @Test
    void aLineWithARareCharacterIsPrintedAsAnImage() {
        PrintedTicket plain = Tickets.sample("A001");
        PrintedTicket rare = new PrintedTicket(plain.hallName(), plain.number(), RARE + "的专窗", plain.windows(),
                0, 0L, "", "", "", List.of(), plain.issuedAt(), plain.qrPayload(), plain.footer());

        EscPosRenderer read = EscPosRenderer.read(new TicketLayout(PaperWidth.MM80).render(rare));

        assertThat(read.textLines()).noneMatch(l -> l.contains("专窗")).contains("A001");
        assertThat(read.rasters()).hasSize(2);
        assertThat(read.parts()).filteredOn(EscPosRenderer.Raster.class::isInstance).first()
                .satisfies(p -> assertThat(((EscPosRenderer.Raster) p).align()).isEqualTo(EscPosWriter.Align.CENTRE));
    }
}
