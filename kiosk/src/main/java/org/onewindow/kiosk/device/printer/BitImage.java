package org.onewindow.kiosk.device.printer;

import java.awt.image.BufferedImage;

/**
 * A 1-bit image as ESC/POS rasters carry it: rows of bytes, MSB leftmost, 1 = black.
 *
 * @param bytesPerRow  width in bytes (width in dots / 8, rounded up)
 * @param rows         height in dots
 * @param bits         bytesPerRow × rows bytes
 */
record BitImage(int bytesPerRow, int rows, byte[] bits) {

    /** Dark pixels (luminance below half) become black dots. */
    public static BitImage of(BufferedImage image) {
        int bytesPerRow = (image.getWidth() + 7) / 8;
        byte[] bits = new byte[bytesPerRow * image.getHeight()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (luminance < 128) {
                    bits[y * bytesPerRow + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new BitImage(bytesPerRow, image.getHeight(), bits);
    }

    public boolean black(int x, int y) {
        return (bits[y * bytesPerRow + x / 8] & (0x80 >> (x % 8))) != 0;
    }

    /** Black on white, one pixel per dot. */
    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(bytesPerRow * 8, rows, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < bytesPerRow * 8; x++) {
                image.setRGB(x, y, black(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
