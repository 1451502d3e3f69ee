package org.lectern.plot;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds a titled grid of colour pictures, one labelled row at a time, with a caption above each
 * column: reconstructions of several models (rows) at several training steps (columns) beside the
 * original. {@link ImageGrid} draws grey images from arrays; this one draws {@link BufferedImage}s
 * as they are (RGB). Every tile has the same size, by default that of the largest picture; a
 * smaller picture is enlarged with sharp pixels, a larger one shrunk smoothly.
 *
 * <pre>{@code
 * BufferedImage grid = PictureGrid.builder()
 *         .title("Reconstructions during training")
 *         .columnCaptions("step 100", "step 500", "step 2000", "original")
 *         .row("none", a100, a500, a2000, picture)
 *         .row("gaussian σ=10", g100, g500, g2000, picture)
 *         .build();
 * }</pre>
 */
public final class PictureGrid {
    private record Row(String label, List<BufferedImage> pictures) {
    }

    private final List<Row> rows = new ArrayList<>();
    private String title;
    private List<String> columnCaptions = List.of();
    private int tileWidth;
    private int tileHeight;
    private int gap = 4;

    private PictureGrid() {
    }

    /** Starts an empty grid. */
    public static PictureGrid builder() {
        return new PictureGrid();
    }

    /** Sets the title (default: e.g. "8 pictures"). */
    public PictureGrid title(String title) {
        this.title = Arguments.text(title, "title");
        return this;
    }

    /** Adds a row of pictures with {@code label} on its left, e.g. the name of the model that drew them. */
    public PictureGrid row(String label, BufferedImage... pictures) {
        return row(label, Arrays.asList(pictures));
    }

    /** Adds a row of pictures with {@code label} on its left. */
    public PictureGrid row(String label, List<BufferedImage> pictures) {
        String checked = Arguments.text(label, "row label");
        Objects.requireNonNull(pictures, "pictures");
        if (pictures.isEmpty()) {
            throw new IllegalArgumentException("row \"" + checked + "\" has no pictures; give at least one");
        }
        for (int i = 0; i < pictures.size(); i++) {
            Objects.requireNonNull(pictures.get(i), "picture " + i + " of row \"" + checked + "\" is null");
        }
        rows.add(new Row(checked, List.copyOf(pictures)));
        return this;
    }

    /** Sets a caption above each column, e.g. the training step; one per column. */
    public PictureGrid columnCaptions(String... captions) {
        return columnCaptions(Arrays.asList(captions));
    }

    /** Sets a caption above each column; one per column. */
    public PictureGrid columnCaptions(List<String> captions) {
        captions.forEach(caption -> Objects.requireNonNull(caption, "a column caption is null; use \"\" for none"));
        this.columnCaptions = List.copyOf(captions);
        return this;
    }

    /** Sets every tile to {@code side x side} pixels on screen (default: the size of the largest picture). */
    public PictureGrid tileSize(int side) {
        this.tileWidth = Arguments.positive(side, "tile size");
        this.tileHeight = side;
        return this;
    }

    /** Sets the white gap between tiles in pixels (default 4). */
    public PictureGrid gap(int gap) {
        this.gap = Arguments.notNegative(gap, "gap");
        return this;
    }

    /** Draws the grid. */
    public BufferedImage build() {
        ImageGrid.Plan plan = plan();
        return GridPainter.paint(plan.layout(), plan.scene());
    }

    /** Draws the grid, writes it as a PNG at its own size (atomically, see {@link PngFiles}) and returns it. */
    public BufferedImage save(Path file) {
        BufferedImage image = build();
        PngFiles.save(image, file);
        return image;
    }

    /** Places every picture and measures the layout. */
    ImageGrid.Plan plan() {
        if (rows.isEmpty()) {
            throw new IllegalStateException("the grid has no pictures; add a row with row(label, pictures...)");
        }
        int columns = rows.stream().mapToInt(r -> r.pictures().size()).max().orElseThrow();
        if (!columnCaptions.isEmpty() && columnCaptions.size() != columns) {
            throw new IllegalArgumentException("there are " + columnCaptions.size() + " column captions for " + columns
                    + " columns; give exactly one per column");
        }
        int width = tileWidth != 0 ? tileWidth : rows.stream().flatMap(r -> r.pictures().stream())
                .mapToInt(BufferedImage::getWidth).max().orElseThrow();
        int height = tileHeight != 0 ? tileHeight : rows.stream().flatMap(r -> r.pictures().stream())
                .mapToInt(BufferedImage::getHeight).max().orElseThrow();
        List<String> labels = rows.stream().map(Row::label).toList();
        List<GridPainter.Placed> placed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<BufferedImage> pictures = rows.get(r).pictures();
            for (int c = 0; c < pictures.size(); c++) {
                placed.add(GridPainter.Placed.picture(r, c, pictures.get(c)));
            }
        }
        String shownTitle = title != null ? title : placed.size() + (placed.size() == 1 ? " picture" : " pictures");
        GridLayout layout = GridLayout.plan(new GridLayout.Content(rows.size(), columns, width, height, 1, gap, shownTitle,
                labels, columnCaptions, List.of(), null));
        return new ImageGrid.Plan(layout, new GridPainter.Scene(shownTitle, labels, columnCaptions, placed, null, width, 1));
    }
}
