package org.lectern.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws an image grid with Java2D: written here because XChart has no chart type for a matrix of
 * images. Grey tiles are written pixel by pixel, each source pixel a sharp {@code scale x scale} block
 * (nearest neighbour), so the grey levels are exact; pictures are drawn scaled to the tile; text is
 * anti-aliased.
 */
final class GridPainter {
    private static final Color TEXT = Color.BLACK;
    private static final Color FRAME = new Color(0xA0A0A0);

    private final GridLayout layout;
    private final Graphics2D g;

    private GridPainter(GridLayout layout, Graphics2D g) {
        this.layout = layout;
        this.g = g;
    }

    /** Everything the painter draws besides the layout: texts, tiles and their grey ranges. */
    record Scene(String title, List<String> rowLabels, List<String> columnCaptions, List<Placed> tiles,
            GridLayout.Legend legend, int imageWidth, int scale) {
    }

    /**
     * One tile at its place: grey values with the range they are drawn in, or a picture (drawn as it
     * is, scaled to the tile; null for grey tiles), and its caption (null for none).
     */
    record Placed(int row, int column, double[] values, GreyScale.Range range, String caption, BufferedImage picture) {
        /** Places a tile of grey values. */
        Placed(int row, int column, double[] values, GreyScale.Range range, String caption) {
            this(row, column, values, range, caption, null);
        }

        /** Places a picture, e.g. an RGB reconstruction. */
        static Placed picture(int row, int column, BufferedImage picture) {
            return new Placed(row, column, null, null, null, picture);
        }
    }

    /** Returns the grid drawn on a white RGB image of the layout's size. */
    static BufferedImage paint(GridLayout layout, Scene scene) {
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, layout.width(), layout.height());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            new GridPainter(layout, g).draw(scene, image);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void draw(Scene scene, BufferedImage image) {
        int cell = layout.tileWidth() + layout.gap();
        for (Placed tile : scene.tiles()) {
            int left = layout.tileX(tile.column());
            int top = layout.tileY(tile.row());
            if (tile.picture() != null) {
                picture(tile.picture(), left, top);
            } else {
                tile(image, tile.values(), scene.imageWidth(), tile.range(), scene.scale(), left, top);
            }
            if (tile.caption() != null) {
                centred(tile.caption(), layout.captionFont(), left + layout.tileWidth() / 2, top + layout.tileHeight() + 1, cell);
            }
        }
        centred(scene.title(), GridLayout.TITLE_FONT, layout.width() / 2, GridLayout.PADDING, layout.width());
        for (int c = 0; c < scene.columnCaptions().size(); c++) {
            centred(scene.columnCaptions().get(c), layout.captionFont(), layout.tileX(c) + layout.tileWidth() / 2,
                    layout.gridTop() - layout.columnCaptionHeight(), cell);
        }
        for (int r = 0; r < scene.rowLabels().size(); r++) {
            rowLabel(scene.rowLabels().get(r), r);
        }
        if (scene.legend() != null) {
            legend(scene.legend());
        }
    }

    private static void tile(BufferedImage image, double[] values, int width, GreyScale.Range range, int scale, int left, int top) {
        for (int p = 0; p < values.length; p++) {
            int grey = range.grey(values[p]);
            int rgb = grey < 0 ? GreyScale.NAN_RGB : grey << 16 | grey << 8 | grey;
            int x0 = left + (p % width) * scale;
            int y0 = top + (p / width) * scale;
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    image.setRGB(x0 + dx, y0 + dy, rgb);
                }
            }
        }
    }

    /** Draws a picture scaled to the tile: sharp pixels when enlarged, bilinear when shrunk. */
    private void picture(BufferedImage picture, int left, int top) {
        int width = layout.tileWidth();
        int height = layout.tileHeight();
        boolean shrinking = width < picture.getWidth() || height < picture.getHeight();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, shrinking ? RenderingHints.VALUE_INTERPOLATION_BILINEAR
                : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(picture, left, top, width, height, null);
    }

    /** Draws {@code text} centred on {@code centreX} with its top at {@code top}, cut to {@code maxWidth} with an ellipsis. */
    private void centred(String text, Font font, int centreX, int top, int maxWidth) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        String fitted = fitted(text, metrics, maxWidth);
        g.setColor(TEXT);
        g.drawString(fitted, centreX - metrics.stringWidth(fitted) / 2, top + metrics.getAscent());
    }

    private void rowLabel(String label, int row) {
        g.setFont(GridLayout.LABEL_FONT);
        FontMetrics metrics = g.getFontMetrics();
        int right = layout.gridLeft() - GridLayout.LABEL_SPACING;
        int middle = layout.tileY(row) + layout.tileHeight() / 2;
        g.setColor(TEXT);
        g.drawString(label, right - metrics.stringWidth(label), middle + (metrics.getAscent() - metrics.getDescent()) / 2);
    }

    private void legend(GridLayout.Legend legend) {
        g.setFont(GridLayout.LABEL_FONT);
        FontMetrics metrics = g.getFontMetrics();
        int x = Math.max(GridLayout.PADDING, Math.min(layout.gridLeft(), layout.width() - GridLayout.PADDING - legend.width()));
        int top = layout.legendTop();
        int baseline = top + (GridLayout.LEGEND_BAR_HEIGHT + metrics.getAscent() - metrics.getDescent()) / 2;
        g.setColor(TEXT);
        g.drawString(legend.low(), x, baseline);
        x += metrics.stringWidth(legend.low()) + 6;
        for (int i = 0; i < GridLayout.LEGEND_BAR_WIDTH; i++) {
            int grey = Math.round(255f * i / (GridLayout.LEGEND_BAR_WIDTH - 1));
            g.setColor(new Color(grey, grey, grey));
            g.fillRect(x + i, top, 1, GridLayout.LEGEND_BAR_HEIGHT);
        }
        g.setColor(FRAME);
        g.drawRect(x - 1, top - 1, GridLayout.LEGEND_BAR_WIDTH + 1, GridLayout.LEGEND_BAR_HEIGHT + 1);
        x += GridLayout.LEGEND_BAR_WIDTH + 6;
        g.setColor(TEXT);
        g.drawString(legend.high(), x, baseline);
        x += metrics.stringWidth(legend.high()) + 14;
        g.drawString(legend.description(), x, baseline);
    }

    private static String fitted(String text, FontMetrics metrics, int maxWidth) {
        if (metrics.stringWidth(text) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
