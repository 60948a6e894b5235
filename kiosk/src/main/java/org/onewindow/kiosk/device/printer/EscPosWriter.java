package org.onewindow.kiosk.device.printer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

/** Builds an ESC/POS byte stream (docs/devices.md lists every command used). */
final class EscPosWriter {

    /** Font A: 12 × 24 dots for ASCII, 24 × 24 for a Chinese character, before GS ! scaling. */
    static final int LINE_DOTS = 24;

    /** Chinese printers start in Chinese mode and take GB18030 (GBK for 2-byte characters). */
    static final Charset GB18030 = Charset.forName("GB18030");
    /** Rasters go out in bands so a printer's small receive buffer never overflows. */
    static final int BAND_ROWS = 256;

    public enum Align { LEFT, CENTRE, RIGHT }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final int paperDots;
    /** The GS ! height, so a line drawn as a raster is as tall as it would have been as text. */
    private int heightScale = 1;

    /** For 80 mm paper. */
    public EscPosWriter() {
        this(PaperWidth.MM80.dots());
    }

    /** For paper {@code paperDots} wide: no line drawn as a raster is wider. */
    public EscPosWriter(int paperDots) {
        this.paperDots = paperDots;
    }

    public EscPosWriter initialise() {
        heightScale = 1;
        return bytes(0x1B, 0x40);
    }

    public EscPosWriter align(Align align) {
        return bytes(0x1B, 0x61, align.ordinal());
    }

    public EscPosWriter bold(boolean on) {
        return bytes(0x1B, 0x45, on ? 1 : 0);
    }

    /** Character size, 1 to 8 times in each direction (GS !). */
    public EscPosWriter size(int width, int height) {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("character size is 1 to 8 times, was " + width + "×" + height);
        }
        heightScale = height;
        return bytes(0x1D, 0x21, ((width - 1) << 4) | (height - 1));
    }

    /**
     * A line of text and LF, in GB18030. A line with a character the printer's font lacks
     * (see {@link #printable}) goes out as a raster picture of the line instead, or it would print
     * as garbage: rare characters are mostly in names, which must come out right.
     */
    public EscPosWriter line(String text) {
        if (!printable(text)) {
            return raster(TextRaster.of(text, paperDots, LINE_DOTS * heightScale));
        }
        out.writeBytes(text.getBytes(GB18030));
        return bytes(0x0A);
    }

    public EscPosWriter feed(int lines) {
        return bytes(0x1B, 0x64, lines);
    }

    /** Feeds {@code lines} and cuts, leaving a hinge (partial cut). */
    public EscPosWriter cut(int lines) {
        return bytes(0x1D, 0x56, 0x42, lines);
    }

    /** GS v 0 raster, in bands of at most {@link #BAND_ROWS} rows. */
    public EscPosWriter raster(BitImage image) {
        for (int first = 0; first < image.rows(); first += BAND_ROWS) {
            int rows = Math.min(BAND_ROWS, image.rows() - first);
            bytes(0x1D, 0x76, 0x30, 0x00, image.bytesPerRow() & 0xFF, image.bytesPerRow() >> 8, rows & 0xFF, rows >> 8);
            out.write(image.bits(), first * image.bytesPerRow(), rows * image.bytesPerRow());
        }
        return this;
    }

    public byte[] toBytes() {
        return out.toByteArray();
    }

    /**
     * Whether every character has a 1- or 2-byte GB code. Rare characters (in names, mostly)
     * take 4 bytes in GB18030, which printers' fonts lack: such lines are printed as images.
     */
    public static boolean printable(String text) {
        return text.codePoints().allMatch(cp -> new String(Character.toChars(cp)).getBytes(GB18030).length <= 2);
    }

    private EscPosWriter bytes(int... values) {
        for (int v : values) {
            out.write(v);
        }
        return this;
    }
}
