package org.lectern.plot;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Where everything of an image grid goes, in pixels: a padding all round, the title on top,
 * column captions above the tiles, row labels left of them, a caption under each tile, the grey
 * scale legend at the bottom. The image is as wide as the grid plus its margins, or as the title
 * or legend if they are wider (then the grid is centred).
 *
 * @param rows               rows of tiles
 * @param columns            columns of tiles
 * @param tileWidth          a tile's width on screen (image width times scale)
 * @param tileHeight         a tile's height on screen
 * @param gap                pixels between neighbouring tiles
 * @param titleHeight        height of the title block, 0 for none
 * @param columnCaptionHeight height of the column caption block, 0 for none
 * @param tileCaptionHeight  height of the caption under each tile, 0 for none
 * @param labelWidth         width of the row label block left of the grid, 0 for none
 * @param legendHeight       height of the legend block, 0 for none
 * @param width              the image's width
 * @param height             the image's height
 * @param captionFont        the font of column and tile captions, smaller when the tiles are narrow
 */
record GridLayout(int rows, int columns, int tileWidth, int tileHeight, int gap, int titleHeight, int columnCaptionHeight,
        int tileCaptionHeight, int labelWidth, int legendHeight, int width, int height, Font captionFont) {
    /** Pixels of white around everything. */
    static final int PADDING = 10;
    /** Pixels between a row label and the first tile. */
    static final int LABEL_SPACING = 8;
    /** The legend's grey bar. */
    static final int LEGEND_BAR_WIDTH = 120;
    static final int LEGEND_BAR_HEIGHT = 10;
    static final Font TITLE_FONT = FigureStyle.TITLE_FONT;
    static final Font LABEL_FONT = FigureStyle.LABEL_FONT;
    static final Font SMALL_FONT = LABEL_FONT.deriveFont(10f);

    /** What a grid shows, as far as its size is concerned. */
    record Content(int rows, int columns, int imageWidth, int imageHeight, int scale, int gap, String title,
            List<String> rowLabels, List<String> columnCaptions, List<String> tileCaptions, Legend legend) {
    }

    /** The grey scale legend: {@code low [black-to-white bar] high  description}; null for none. */
    record Legend(String low, String high, String description) {
        /** Returns the legend's width in pixels. */
        int width() {
            return widest(List.of(low), LABEL_FONT) + 6 + LEGEND_BAR_WIDTH + 6 + widest(List.of(high), LABEL_FONT) + 14
                    + widest(List.of(description), LABEL_FONT);
        }
    }

    /** Measures the texts and places the blocks. */
    static GridLayout plan(Content content) {
        int tileWidth = content.imageWidth() * content.scale();
        int tileHeight = content.imageHeight() * content.scale();
        int gridWidth = content.columns() * tileWidth + (content.columns() - 1) * content.gap();
        List<String> captions = content.tileCaptions().isEmpty() ? content.columnCaptions() : content.tileCaptions();
        Font captionFont = widest(captions, LABEL_FONT) <= tileWidth + content.gap() ? LABEL_FONT : SMALL_FONT;
        int titleHeight = lineHeight(TITLE_FONT) + 8;
        int columnCaptionHeight = content.columnCaptions().isEmpty() ? 0 : lineHeight(captionFont) + 4;
        int tileCaptionHeight = content.tileCaptions().isEmpty() ? 0 : lineHeight(captionFont) + 2;
        int labelWidth = content.rowLabels().stream().allMatch(String::isEmpty) ? 0
                : widest(content.rowLabels(), LABEL_FONT) + LABEL_SPACING;
        int legendHeight = content.legend() == null ? 0 : 10 + Math.max(lineHeight(LABEL_FONT), LEGEND_BAR_HEIGHT);
        int cellHeight = tileHeight + tileCaptionHeight;
        int gridHeight = content.rows() * cellHeight + (content.rows() - 1) * content.gap();
        int textWidth = Math.max(widest(List.of(content.title()), TITLE_FONT),
                content.legend() == null ? 0 : content.legend().width());
        int width = Math.max(PADDING + labelWidth + gridWidth + PADDING, PADDING + textWidth + PADDING);
        int height = PADDING + titleHeight + columnCaptionHeight + gridHeight + legendHeight + PADDING;
        return new GridLayout(content.rows(), content.columns(), tileWidth, tileHeight, content.gap(), titleHeight,
                columnCaptionHeight, tileCaptionHeight, labelWidth, legendHeight, width, height, captionFont);
    }

    /** Returns the width of the tiles and the gaps between them. */
    int gridWidth() {
        return columns * tileWidth + (columns - 1) * gap;
    }

    /** Returns the x of the grid's left edge: after the labels, centred when the title is wider than the grid. */
    int gridLeft() {
        int natural = PADDING + labelWidth + gridWidth() + PADDING;
        return PADDING + labelWidth + (width - natural) / 2;
    }

    /** Returns the y of the first row's top edge. */
    int gridTop() {
        return PADDING + titleHeight + columnCaptionHeight;
    }

    /** Returns the x of column {@code column}'s left edge. */
    int tileX(int column) {
        return gridLeft() + column * (tileWidth + gap);
    }

    /** Returns the y of row {@code row}'s top edge. */
    int tileY(int row) {
        return gridTop() + row * (tileHeight + tileCaptionHeight + gap);
    }

    /** Returns the y of the legend block's top edge. */
    int legendTop() {
        return tileY(rows) - gap + 10;
    }

    /** Returns the pixel width of the widest text in {@code font}. */
    static int widest(List<String> texts, Font font) {
        FontMetrics metrics = metrics(font);
        return texts.stream().mapToInt(metrics::stringWidth).max().orElse(0);
    }

    /** Returns the height of a line of text in {@code font}. */
    static int lineHeight(Font font) {
        FontMetrics metrics = metrics(font);
        return metrics.getAscent() + metrics.getDescent();
    }

    /** Returns font metrics as the painter will use them (integer metrics, so measuring and drawing agree). */
    static FontMetrics metrics(Font font) {
        Graphics2D graphics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return graphics.getFontMetrics(font);
        } finally {
            graphics.dispose();
        }
    }
}
