package org.onewindow.kiosk.device.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.onewindow.kiosk.device.printer.EscPosRenderer.TextLine;
import org.onewindow.kiosk.device.printer.EscPosWriter.Align;

class EscPosRendererTest {

    @Test
    void textLinesKeepTheirAlignmentBoldnessAndSize() {
        byte[] stream = new EscPosWriter().initialise().align(Align.CENTRE).bold(true).size(2, 2).line("企业开办")
                .initialise().line("A012").toBytes();

        assertThat(EscPosRenderer.read(stream).parts()).containsExactly(
                new TextLine("企业开办", Align.CENTRE, true, 2, 2),
                new TextLine("A012", Align.LEFT, false, 1, 1));
    }

    @Test
    void bandsAreJoinedBackIntoTheImageThatWasSent() {
        byte[] bits = new byte[4 * 600];
        new Random(7).nextBytes(bits);
        BitImage tall = new BitImage(4, 600, bits);

        EscPosRenderer read = EscPosRenderer.read(new EscPosWriter().raster(tall).toBytes());

        assertThat(read.rasters()).singleElement().satisfies(image -> {
            assertThat(image.rows()).isEqualTo(600);
            assertThat(image.bits()).isEqualTo(bits);
        });
    }

    @Test
    void statusQueriesAreNotPrinted() {
        byte[] stream = HexFormat.of().parseHex("1B40" + "100404" + "41300A" + "100401" + "1D564204");

        EscPosRenderer read = EscPosRenderer.read(stream);

        assertThat(read.textLines()).containsExactly("A0");
        assertThat(read.cut()).isTrue();
    }

    @Test
    void anUnknownCommandIsAnErrorNotSilence() {
        assertThatThrownBy(() -> EscPosRenderer.read(HexFormat.of().parseHex("1B40" + "1B7401")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1B 74");
    }

    @Test
    void aRasterCutShortIsAnError() {
        assertThatThrownBy(() -> EscPosRenderer.read(HexFormat.of().parseHex("1D76300002000200" + "FFFF")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePictureIsPaperWideWhiteWithTheRasterInBlack() {
        BitImage square = new BitImage(2, 16, filled(2 * 16));
        byte[] stream = new EscPosWriter().initialise().align(Align.CENTRE).raster(square).line("A012").toBytes();

        BufferedImage paper = EscPosRenderer.read(stream).render(PaperWidth.MM58.dots());

        assertThat(paper.getWidth()).isEqualTo(384);
        assertThat(paper.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(paper.getRGB(383, paper.getHeight() - 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        int centreX = 384 / 2;
        assertThat(paper.getRGB(centreX, 8 + 8) & 0xFFFFFF).as("centred square").isZero();
        assertThat(paper.getRGB(centreX - 20, 8 + 8) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    private static byte[] filled(int length) {
        byte[] bytes = new byte[length];
        java.util.Arrays.fill(bytes, (byte) 0xFF);
        return bytes;
    }
}
