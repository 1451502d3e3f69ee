package org.lectern.plot;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Builds a titled grid of small grey images: digits, their reconstructions row by row with a
 * label on the left of each row, or a layer's weights as one tile per hidden unit. Each tile is
 * enlarged by a whole factor with sharp pixels, tiles are apart by a thin gap, and a legend at the
 * bottom says which grey scale is used. The result is a {@link BufferedImage}, which shows inline
 * as a cell's last expression.
 *
 * <pre>{@code
 * BufferedImage digits = ImageGrid.builder()
 *         .title("Test digits and their reconstructions")
 *         .row("test digits", test)                 // INDArray [10, 784]
 *         .row("after autoencoder", single)
 *         .row("after stacking", stacked)
 *         .columnCaptions("7", "2", "1", "0", "4", "1", "4", "9", "5", "9")
 *         .build();
 * BufferedImage weights = ImageGrid.builder()
 *         .weights(w, WeightOrientation.COLUMNS)    // [784, 400]: column j = unit j's input weights
 *         .grid(20, 20)
 *         .build();                                 // per-tile grey scale by default for weights
 * }</pre>
 *
 * <p>Defaults: grey scale {@link GreyScale#pixels()} for images and {@link GreyScale#perTile()} for
 * weights; the largest enlargement from 1 to 4 that keeps the image, labels included, within 900 pixels; 2 pixels
 * between tiles; at most 10 columns for images added with {@code images(...)}; 28x28 tiles for
 * weights; other images' size inferred from a square number of values (784 = 28x28).
 */
public final class ImageGrid {
    /** The widest image, row labels included, that the automatic enlargement aims for: a notebook cell's width. */
    public static final int TARGET_WIDTH = 900;
    /** The columns of a grid filled by {@code images(...)} unless {@link #columns(int)} says otherwise. */
    public static final int DEFAULT_COLUMNS = 10;

    private record Block(String label, Function<TileImages.Size, TileImages> source) {
    }

    /** The layout and everything to draw in it, before any pixel is drawn. */
    record Plan(GridLayout layout, GridPainter.Scene scene) {
    }

    private final List<Block> blocks = new ArrayList<>();
    private String title;
    private TileImages.Size size = TileImages.Size.INFER;
    private int columns;
    private int gridRows;
    private int scale;
    private int gap = 2;
    private GreyScale greyScale;
    private boolean weights;
    private boolean legend = true;
    private List<String> columnCaptions = List.of();
    private List<String> captions = List.of();

    private ImageGrid() {
    }

    /** Starts an empty grid. */
    public static ImageGrid builder() {
        return new ImageGrid();
    }

    /** Sets the title (default: what the grid holds, e.g. "400 hidden units' input weights, 28x28 each"). */
    public ImageGrid title(String title) {
        this.title = Arguments.text(title, "title");
        return this;
    }

    /** Adds images, one per row of an [n, 784] array, or an [n, 28, 28] / [n, 1, 28, 28] array; they fill rows of {@link #columns(int)}. */
    public ImageGrid images(INDArray images) {
        return add(null, s -> TileImages.of(images, s));
    }

    /** Adds images given as plain arrays, one image of {@code h*w} values per row. */
    public ImageGrid images(double[][] images) {
        return add(null, s -> TileImages.of(images, s));
    }

    /** Adds single images, each [784], [1, 784] or [28, 28]. */
    public ImageGrid images(List<INDArray> images) {
        return add(null, s -> TileImages.of(images, s));
    }

    /** Adds one row of images with {@code label} on its left, e.g. "after autoencoder". */
    public ImageGrid row(String label, INDArray images) {
        return add(Arguments.text(label, "row label"), s -> TileImages.of(images, s));
    }

    /** Adds one row of images given as plain arrays, with {@code label} on its left. */
    public ImageGrid row(String label, double[][] images) {
        return add(Arguments.text(label, "row label"), s -> TileImages.of(images, s));
    }

    /** Adds one row of single images, with {@code label} on its left. */
    public ImageGrid row(String label, List<INDArray> images) {
        return add(Arguments.text(label, "row label"), s -> TileImages.of(images, s));
    }

    /**
     * Adds one tile per hidden unit of a weight matrix: unit j's weights are column j of
     * {@code [nIn, nOut]} ({@link WeightOrientation#COLUMNS}, DL4J) or row j ({@link WeightOrientation#ROWS}).
     * Unless {@link #greyScale(GreyScale)} says otherwise, the grid then scales each tile on its own.
     */
    public ImageGrid weights(INDArray weights, WeightOrientation orientation) {
        this.weights = true;
        return add(null, s -> TileImages.weights(weights, orientation, s));
    }

    /** Sets the number of columns that images added with {@code images(...)} or {@code weights(...)} fill. */
    public ImageGrid columns(int columns) {
        this.columns = Arguments.positive(columns, "number of columns");
        return this;
    }

    /** Lays out exactly {@code rows x columns} tiles: at least that many are needed, and only the first that many are shown. */
    public ImageGrid grid(int rows, int columns) {
        this.gridRows = Arguments.positive(rows, "number of rows");
        return columns(columns);
    }

    /** Sets the size of every image, for images whose number of values is not a square (or weights not 28x28). */
    public ImageGrid imageSize(int height, int width) {
        this.size = new TileImages.Size(Arguments.positive(height, "image height"), Arguments.positive(width, "image width"));
        return this;
    }

    /** Sets a caption above each column, e.g. the true label of each digit; one per column. */
    public ImageGrid columnCaptions(List<String> captions) {
        this.columnCaptions = List.copyOf(captions);
        return this;
    }

    /** Sets a caption above each column; one per column. */
    public ImageGrid columnCaptions(String... captions) {
        return columnCaptions(Arrays.asList(captions));
    }

    /** Sets a caption under each tile, e.g. its class name; one per tile shown, in reading order. */
    public ImageGrid captions(List<String> captions) {
        this.captions = List.copyOf(captions);
        return this;
    }

    /** Sets the enlargement: each image pixel becomes a {@code scale x scale} block (default: the largest from 1 to 4 that keeps the image within 900 pixels). */
    public ImageGrid scale(int scale) {
        this.scale = Arguments.positive(scale, "scale");
        return this;
    }

    /** Sets the white gap between tiles in pixels (default 2). */
    public ImageGrid gap(int gap) {
        this.gap = Arguments.notNegative(gap, "gap");
        return this;
    }

    /** Sets how values become grey (default {@link GreyScale#pixels()}, or {@link GreyScale#perTile()} for weights). */
    public ImageGrid greyScale(GreyScale scale) {
        this.greyScale = Objects.requireNonNull(scale, "grey scale");
        return this;
    }

    /** Shows or hides the legend that says which grey scale is used (shown by default). */
    public ImageGrid legend(boolean show) {
        this.legend = show;
        return this;
    }

    /** Draws the grid. */
    public BufferedImage build() {
        Plan plan = plan();
        return GridPainter.paint(plan.layout(), plan.scene());
    }

    /** Draws the grid, writes it as a PNG at its own size (atomically, see {@link PngFiles}) and returns it. */
    public BufferedImage save(Path file) {
        BufferedImage image = build();
        PngFiles.save(image, file);
        return image;
    }

    private ImageGrid add(String label, Function<TileImages.Size, TileImages> source) {
        blocks.add(new Block(label, source));
        return this;
    }

    /** Converts the images, places every tile and measures the layout. */
    Plan plan() {
        if (blocks.isEmpty()) {
            throw new IllegalStateException("the grid has no images; add some with images(...), row(...) or weights(...)");
        }
        List<String> labels = new ArrayList<>();
        List<TileImages> rows = TileRows.arrange(blocks.stream().map(b -> new TileRows.Block(b.label(),
                b.source().apply(size))).toList(), columns == 0 ? DEFAULT_COLUMNS : columns, columns != 0, gridRows, labels);
        int shownColumns = rows.stream().mapToInt(TileImages::count).max().orElseThrow();
        int count = rows.stream().mapToInt(TileImages::count).sum();
        TileImages first = rows.get(0);
        requireCount(columnCaptions, shownColumns, "column captions", "columns");
        requireCount(captions, count, "captions", "tiles");
        GreyScale grey = greyScale != null ? greyScale : weights ? GreyScale.perTile() : GreyScale.pixels();
        GreyScale.Range all = GreyScale.Range.of(rows.stream().flatMap(r -> r.tiles().stream()).toArray(double[][]::new));
        List<GridPainter.Placed> placed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<double[]> tiles = rows.get(r).tiles();
            for (int c = 0; c < tiles.size(); c++) {
                String caption = captions.isEmpty() ? null : captions.get(placed.size());
                placed.add(new GridPainter.Placed(r, c, tiles.get(c), grey.rangeFor(tiles.get(c), all), caption));
            }
        }
        int labelWidth = labels.stream().allMatch(String::isEmpty) ? 0
                : GridLayout.widest(labels, GridLayout.LABEL_FONT) + GridLayout.LABEL_SPACING;
        int enlargement = scale != 0 ? scale : fittingScale(shownColumns, first.width(), labelWidth);
        String shownTitle = title != null ? title : defaultTitle(count, first);
        String[] ends = grey.endLabels(all);
        GridLayout.Legend key = legend ? new GridLayout.Legend(ends[0], ends[1], grey.description()) : null;
        GridLayout layout = GridLayout.plan(new GridLayout.Content(rows.size(), shownColumns, first.width(), first.height(),
                enlargement, gap, shownTitle, labels, columnCaptions, captions, key));
        return new Plan(layout, new GridPainter.Scene(shownTitle, labels, columnCaptions, placed, key, first.width(), enlargement));
    }

    private int fittingScale(int shownColumns, int imageWidth, int labelWidth) {
        int room = TARGET_WIDTH - 2 * GridLayout.PADDING - labelWidth - (shownColumns - 1) * gap;
        int fit = room / (shownColumns * imageWidth);
        return Math.max(1, Math.min(4, fit));
    }

    private String defaultTitle(int count, TileImages first) {
        String pixels = first.height() + "x" + first.width();
        return weights ? count + " hidden units' input weights, " + pixels + " each" : count + " images of " + pixels + " pixels";
    }

    private static void requireCount(List<String> texts, int expected, String what, String unit) {
        if (!texts.isEmpty() && texts.size() != expected) {
            throw new IllegalArgumentException("there are " + texts.size() + " " + what + " for " + expected + " " + unit
                    + "; give exactly one per " + unit.substring(0, unit.length() - 1));
        }
        for (String text : texts) {
            Objects.requireNonNull(text, "a caption is null; use \"\" for a tile without caption");
        }
    }
}
