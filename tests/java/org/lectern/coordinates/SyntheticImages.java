package org.lectern.coordinates;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Small images drawn with Java2D for the tests: text (high frequencies, like the paper's text images) and exact patterns. */
final class SyntheticImages {
    private SyntheticImages() {
    }

    /** Returns a {@code size x size} white image with three lines of bold coloured text, 20 px high at size 64. */
    static BufferedImage text(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            float scale = size / 64f;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(20 * scale)));
            Color[] colours = {new Color(0xD55E00), new Color(0x0072B2), new Color(0x009E73)};
            String[] lines = {"Four", "ier", "feat"};
            for (int i = 0; i < lines.length; i++) {
                g.setColor(colours[i]);
                g.drawString(lines[i], Math.round(2 * scale), Math.round((18 + 21 * i) * scale));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Returns an image whose pixel (row, column) has red = column, green = row, blue = row + column (all small sizes). */
    static BufferedImage ramps(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                image.setRGB(column, row, column << 16 | row << 8 | (row + column));
            }
        }
        return image;
    }

    /** Returns an image of one colour. */
    static BufferedImage filled(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }
}
