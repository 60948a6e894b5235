package org.onewindow.kiosk.device.printer;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Draws a line of text as a raster, for characters the printer's own font does not have. */
final class TextRaster {

    /** A common CJK font on Linux; rare name characters (CJK Extension B) may need another. */
    private static final String CJK_FONT = "WenQuanYi Zen Hei";

    private TextRaster() {
    }

    /**
     * The line drawn as wide as it is (at most {@code maxWidthDots}), not as wide as the paper, so the
     * printer's alignment places it like the text lines around it.
     */
    static BitImage of(String text, int maxWidthDots, int heightDots) {
        Font font = fontFor(text, heightDots * 4 / 5);
        int width = Math.min(maxWidthDots, (textWidth(text, font) + 7) / 8 * 8);
        BufferedImage image = new BufferedImage(Math.max(8, width), heightDots, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), heightDots);
            g.setColor(Color.BLACK);
            // Grey edges would come out as random black dots once thresholded to one bit.
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setFont(font);
            g.drawString(text, 0, heightDots * 4 / 5);
        } finally {
            g.dispose();
        }
        return BitImage.of(image);
    }

    /** The kiosk's CJK font when installed, else Java's logical sans-serif (which maps to a CJK one if any). */
    static Font font(int size) {
        Font cjk = new Font(CJK_FONT, Font.PLAIN, size);
        return CJK_FONT.equals(cjk.getFamily()) ? cjk : new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    /**
     * A font that has every character of the line, so a rare name character is not printed as a box
     * when some installed font has it; when none has, the usual font (the line prints, with a box).
     */
    static Font fontFor(String text, int size) {
        Font usual = font(size);
        if (usual.canDisplayUpTo(text) < 0) {
            return usual;
        }
        for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
            Font candidate = new Font(family, Font.PLAIN, size);
            if (candidate.canDisplayUpTo(text) < 0) {
                return candidate;
            }
        }
        return usual;
    }

    private static int textWidth(String text, Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = scratch.createGraphics();
        try {
            return g.getFontMetrics(font).stringWidth(text);
        } finally {
            g.dispose();
        }
    }
}
