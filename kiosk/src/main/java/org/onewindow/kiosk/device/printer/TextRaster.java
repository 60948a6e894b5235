package org.onewindow.kiosk.device.printer;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Draws a line of text as a raster, for characters the printer's own font does not have. */
final class TextRaster {

    private static final String CJK_FONT = "WenQuanYi Zen Hei";

    private TextRaster() {
    }

    static BitImage of(String text, int widthDots, int heightDots) {
        BufferedImage image = new BufferedImage(widthDots, heightDots, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthDots, heightDots);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setFont(font(heightDots * 4 / 5));
            g.drawString(text, 0, heightDots * 4 / 5);
        } finally {
            g.dispose();
        }
        return BitImage.of(image);
    }

    static Font font(int size) {
        Font cjk = new Font(CJK_FONT, Font.PLAIN, size);
        return CJK_FONT.equals(cjk.getFamily()) ? cjk : new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }
}
