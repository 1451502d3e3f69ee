package org.lectern.plot;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One-line lecture figures. Each returns an XChart chart or a {@link BufferedImage}, which shows
 * inline as a cell's last expression, and delegates to a builder ({@link EpochCurves},
 * {@link ImageGrid}, {@link ConfusionChart}, {@link HistogramChart}) for when a figure needs more.
 *
 * <pre>{@code
 * Plots.lossCurves("Reconstruction loss", Map.of("train", trainLoss, "test", testLoss));
 * Plots.imageGrid(Mnist.test().features().get(interval(0, 20)), 10);
 * Plots.weightTiles(encoderWeights, 20, 20);                   // [784, 400], one tile per column
 * Plots.labelledImages("Fashion-MNIST", images, labels, FashionMnist.classNames(), 8);
 * Plots.confusion(counts, Mnist.classNames());
 * Plots.histogram(activations, 40, "Hidden-unit activations", "tanh output");
 * Plots.save(chart, Path.of("figures/loss.png"));
 * }</pre>
 */
public final class Plots {
    private Plots() {
    }

    /**
     * Returns loss curves, one series per map entry (epochs 1, 2, ...), in the map's iteration
     * order: a {@code LinkedHashMap} keeps the order the series were put in, {@code Map.of} does not.
     */
    public static XYChart lossCurves(String title, Map<String, double[]> series) {
        return curves(EpochCurves.loss().title(title), series);
    }

    /** Returns accuracy curves from percentages in [0, 100], one series per map entry (e.g. "train", "test"). */
    public static XYChart accuracyCurves(String title, Map<String, double[]> percentages) {
        return curves(EpochCurves.accuracy().title(title), percentages);
    }

    /** Returns a grid of images ([n, 784], [n, 28, 28]) on the [0, 1] pixel scale, {@code columns} per row. */
    public static BufferedImage imageGrid(INDArray images, int columns) {
        return ImageGrid.builder().images(images).columns(columns).build();
    }

    /** Returns a titled grid of images on the [0, 1] pixel scale, {@code columns} per row. */
    public static BufferedImage imageGrid(String title, INDArray images, int columns) {
        return ImageGrid.builder().title(title).images(images).columns(columns).build();
    }

    /**
     * Returns a grid of images each captioned with its class name: {@code labels[i]} indexes
     * {@code classNames} for image i.
     */
    public static BufferedImage labelledImages(String title, INDArray images, int[] labels, List<String> classNames, int columns) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(classNames, "classNames");
        List<String> captions = java.util.Arrays.stream(labels).mapToObj(label -> {
            if (label < 0 || label >= classNames.size()) {
                throw new IllegalArgumentException("label " + label + " is not a class index; there are " + classNames.size()
                        + " class names (0 to " + (classNames.size() - 1) + ")");
            }
            return classNames.get(label);
        }).toList();
        return ImageGrid.builder().title(title).images(images).columns(columns).captions(captions).build();
    }

    /**
     * Returns a {@code rows x columns} grid of a dense layer's input weights, one 28x28 tile per
     * hidden unit, each tile scaled on its own: unit j is column j of DL4J's {@code [784, nOut]} matrix.
     */
    public static BufferedImage weightTiles(INDArray weights, int rows, int columns) {
        return weightTiles(weights, WeightOrientation.COLUMNS, rows, columns);
    }

    /** Returns a {@code rows x columns} grid of weight tiles, reading units from columns or rows as {@code orientation} says. */
    public static BufferedImage weightTiles(INDArray weights, WeightOrientation orientation, int rows, int columns) {
        return ImageGrid.builder().weights(weights, orientation).grid(rows, columns).build();
    }

    /** Returns a confusion matrix heat map of {@code counts[true][predicted]} with a count in each cell. */
    public static HeatMapChart confusion(int[][] counts, List<String> classNames) {
        return ConfusionChart.of(counts, classNames).build();
    }

    /** Returns a confusion matrix heat map whose rows are percentages of each true class (recall on the diagonal). */
    public static HeatMapChart confusionPercent(int[][] counts, List<String> classNames) {
        return ConfusionChart.of(counts, classNames).rowNormalized(true).build();
    }

    /** Returns a histogram of values in {@code bins} equal bins. */
    public static XYChart histogram(double[] values, int bins, String title, String xLabel) {
        return HistogramChart.builder().title(title).xAxisTitle(xLabel).bins(bins).series("count", values).build();
    }

    /** Returns a histogram of every element of an array in {@code bins} equal bins. */
    public static XYChart histogram(INDArray values, int bins, String title, String xLabel) {
        return HistogramChart.builder().title(title).xAxisTitle(xLabel).bins(bins).series("count", values).build();
    }

    /** Writes a figure from this class (an XChart chart or an image) as a PNG, atomically; returns the file. */
    public static Path save(Object figure, Path file) {
        return PngFiles.save(figure, file);
    }

    private static XYChart curves(EpochCurves chart, Map<String, double[]> series) {
        Objects.requireNonNull(series, "series");
        series.forEach(chart::series);
        return chart.build();
    }
}
