package org.onewindow.kiosk.device.printer;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an ESC/POS stream back: what the commands this kiosk sends put on paper. The simulated
 * printer draws tickets with it; tests use it to check what a real printer would have received.
 * Unknown commands are an error, not skipped: a stream this cannot read is a stream a printer
 * might misprint.
 */
public final class EscPosRenderer {

    /** One thing on paper. */
    public sealed interface Part permits TextLine, Raster, Feed {
    }

    public record TextLine(String text, EscPosWriter.Align align, boolean bold, int width, int height) implements Part {
    }

    public record Raster(BitImage image, EscPosWriter.Align align) implements Part {
    }

    public record Feed(int lines) implements Part {
    }

    private static final int LINE_DOTS = EscPosWriter.LINE_DOTS;

    private final List<Part> parts = new ArrayList<>();
    private boolean cut;

    private EscPosRenderer() {
    }

    public static EscPosRenderer read(byte[] stream) {
        EscPosRenderer r = new EscPosRenderer();
        r.parse(stream);
        return r;
    }

    public List<Part> parts() {
        return List.copyOf(parts);
    }

    public List<String> textLines() {
        return parts.stream().filter(TextLine.class::isInstance).map(p -> ((TextLine) p).text()).toList();
    }

    /** Raster images, consecutive bands joined back into one. */
    public List<BitImage> rasters() {
        return parts.stream().filter(Raster.class::isInstance).map(p -> ((Raster) p).image()).toList();
    }

    public boolean cut() {
        return cut;
    }

    private void parse(byte[] s) {
        EscPosWriter.Align align = EscPosWriter.Align.LEFT;
        boolean bold = false;
        int width = 1;
        int height = 1;
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length) {
            int b = s[i] & 0xFF;
            if (b == 0x0A) {
                parts.add(new TextLine(text.toString(EscPosWriter.GB18030), align, bold, width, height));
                text.reset();
                i++;
            } else if (b == 0x1B || b == 0x1D || b == 0x10) {
                if (i + 1 >= s.length) {
                    throw new IllegalArgumentException("stream ends inside a command at " + i);
                }
                int c = s[i + 1] & 0xFF;
                if (b == 0x1B && c == 0x40) {
                    align = EscPosWriter.Align.LEFT;
                    bold = false;
                    width = 1;
                    height = 1;
                    i += 2;
                } else if (b == 0x1B && c == 0x61) {
                    align = EscPosWriter.Align.values()[arg(s, i + 2) % 3];
                    i += 3;
                } else if (b == 0x1B && c == 0x45) {
                    bold = arg(s, i + 2) != 0;
                    i += 3;
                } else if (b == 0x1B && c == 0x64) {
                    parts.add(new Feed(arg(s, i + 2)));
                    i += 3;
                } else if (b == 0x1D && c == 0x21) {
                    int n = arg(s, i + 2);
                    width = (n >> 4) + 1;
                    height = (n & 0x0F) + 1;
                    i += 3;
                } else if (b == 0x1D && c == 0x56) {
                    int m = arg(s, i + 2);
                    cut = true;
                    i += (m == 0x41 || m == 0x42) ? 4 : 3;
                } else if (b == 0x1D && c == 0x76) {
                    i = raster(s, i, align);
                } else if (b == 0x10 && c == 0x04) {
                    i += 3;
                } else {
                    throw new IllegalArgumentException(String.format("unknown command %02X %02X at %d", b, c, i));
                }
            } else {
                text.write(b);
                i++;
            }
        }
    }

    private int raster(byte[] s, int i, EscPosWriter.Align align) {
        int bytesPerRow = arg(s, i + 4) | (arg(s, i + 5) << 8);
        int rows = arg(s, i + 6) | (arg(s, i + 7) << 8);
        int start = i + 8;
        int end = start + bytesPerRow * rows;
        if (end > s.length) {
            throw new IllegalArgumentException("raster at " + i + " runs past the end of the stream");
        }
        byte[] bits = Arrays.copyOfRange(s, start, end);
        Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last instanceof Raster previous && previous.image().bytesPerRow() == bytesPerRow) {
            byte[] joined = Arrays.copyOf(previous.image().bits(), previous.image().bits().length + bits.length);
            System.arraycopy(bits, 0, joined, previous.image().bits().length, bits.length);
            parts.set(parts.size() - 1, new Raster(new BitImage(bytesPerRow, previous.image().rows() + rows, joined), align));
        } else {
            parts.add(new Raster(new BitImage(bytesPerRow, rows, bits), align));
        }
        return end;
    }

    private static int arg(byte[] s, int at) {
        if (at >= s.length) {
            throw new IllegalArgumentException("stream ends inside a command at " + at);
        }
        return s[at] & 0xFF;
    }

    /** The paper, white, {@code widthDots} wide. */
    public BufferedImage render(int widthDots) {
        int height = 16;
        for (Part p : parts) {
            height += heightOf(p);
        }
        BufferedImage paper = new BufferedImage(widthDots, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = paper.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthDots, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int y = 8;
            for (Part p : parts) {
                if (p instanceof TextLine t) {
                    Font font = TextRaster.font(LINE_DOTS * t.height() * 4 / 5)
                            .deriveFont(t.bold() ? Font.BOLD : Font.PLAIN)
                            .deriveFont(AffineTransform.getScaleInstance((double) t.width() / t.height(), 1));
                    g.setFont(font);
                    int w = g.getFontMetrics().stringWidth(t.text());
                    g.drawString(t.text(), x(t.align(), w, widthDots), y + LINE_DOTS * t.height() * 4 / 5);
                } else if (p instanceof Raster r) {
                    g.drawImage(r.image().toImage(), x(r.align(), r.image().bytesPerRow() * 8, widthDots), y, null);
                }
                y += heightOf(p);
            }
        } finally {
            g.dispose();
        }
        return paper;
    }

    private static int heightOf(Part p) {
        if (p instanceof TextLine t) {
            return LINE_DOTS * t.height() + 4;
        }
        if (p instanceof Raster r) {
            return r.image().rows();
        }
        return LINE_DOTS * ((Feed) p).lines();
    }

    private static int x(EscPosWriter.Align align, int width, int paper) {
        return switch (align) {
            case LEFT -> 0;
            case CENTRE -> Math.max(0, (paper - width) / 2);
            case RIGHT -> Math.max(0, paper - width);
        };
    }
}
