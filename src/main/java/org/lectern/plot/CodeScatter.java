package org.lectern.plot;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Builds a scatter chart of two-dimensional codes, one point per example, coloured by class with
 * the class names in the legend: the code of a {@code 784-...-2} autoencoder, or the first two
 * principal components of the same images. One series per class that has points, in class order.
 *
 * <pre>{@code
 * XYChart codes = CodeScatter.builder()
 *         .title("784-512-128-2 autoencoder: codes of 5000 test digits")
 *         .codes(autoencoder.encode(images), labels)       // [n, 2] and one class index per row
 *         .classNames(Mnist.classNames())
 *         .build();
 * XYChart pcaCodes = CodeScatter.builder().title("PCA: first two components")
 *         .codes(pca.project(images), labels).classNames(Mnist.classNames()).axisTitles("PC 1", "PC 2").build();
 * BufferedImage both = ChartRow.of(codes, pcaCodes);    // side by side
 * }</pre>
 */
public final class CodeScatter {
    /**
     * Ten colours for ten classes (Tableau's 10, as in matplotlib's {@code tab10}): the seven
     * Okabe-Ito colours of {@link FigureStyle} cannot tell ten classes apart.
     */
    public static final Color[] CLASS_COLORS = {
        new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C), new Color(0xD62728), new Color(0x9467BD),
        new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F), new Color(0xBCBD22), new Color(0x17BECF)};
    /** The width and height unless {@link #size(int, int)} says otherwise: two fit side by side in a notebook. */
    public static final int DEFAULT_SIZE = 560;
    /** The opacity of a point (0-255): where points pile up, the colour deepens. */
    private static final int POINT_ALPHA = 150;

    private String title = "Two-dimensional codes";
    private String xAxisTitle = "code unit 1";
    private String yAxisTitle = "code unit 2";
    private double[] x;
    private double[] y;
    private int[] labels;
    private List<String> classNames;
    private int width = DEFAULT_SIZE;
    private int height = DEFAULT_SIZE;
    private int markerSize = 4;

    private CodeScatter() {
    }

    /** Starts an empty chart. */
    public static CodeScatter builder() {
        return new CodeScatter();
    }

    /** Sets the title (default "Two-dimensional codes"). */
    public CodeScatter title(String title) {
        this.title = Arguments.text(title, "title");
        return this;
    }

    /** Sets the axis titles (default "code unit 1" and "code unit 2"). */
    public CodeScatter axisTitles(String x, String y) {
        this.xAxisTitle = Arguments.text(x, "x axis title");
        this.yAxisTitle = Arguments.text(y, "y axis title");
        return this;
    }

    /**
     * Sets the points: row {@code i} of {@code codes} ({@code [examples, 2]}, e.g. {@code ae.encode(images)})
     * is example {@code i}, of class {@code labels[i]}.
     */
    public CodeScatter codes(INDArray codes, int[] labels) {
        Objects.requireNonNull(codes, "codes");
        if (codes.rank() != 2 || codes.columns() != 2 || codes.rows() == 0) {
            throw new IllegalArgumentException("codes must be shaped [examples, 2], one two-dimensional code per row "
                    + "(e.g. a 784-...-2 autoencoder's encode(images), or pca.truncated(2).project(images)); got "
                    + Arrays.toString(codes.shape()));
        }
        INDArray values = codes.castTo(DataType.DOUBLE);
        return codes(values.getColumn(0).toDoubleVector(), values.getColumn(1).toDoubleVector(), labels);
    }

    /** Sets the points: {@code (x[i], y[i])} is example {@code i}, of class {@code labels[i]}. */
    public CodeScatter codes(double[] x, double[] y, int[] labels) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(labels, "labels");
        if (x.length == 0 || x.length != y.length || x.length != labels.length) {
            throw new IllegalArgumentException("every point needs an x, a y and a label, at least one point; got " + x.length
                    + " x, " + y.length + " y and " + labels.length + " labels");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " is (" + x[i] + ", " + y[i] + "); a chart needs finite "
                        + "numbers (NaN often means training diverged)");
            }
        }
        this.x = x.clone();
        this.y = y.clone();
        this.labels = labels.clone();
        return this;
    }

    /** Sets the class names: label {@code c} is shown as {@code classNames.get(c)}, e.g. {@code Mnist.classNames()}. */
    public CodeScatter classNames(List<String> classNames) {
        Objects.requireNonNull(classNames, "classNames");
        if (classNames.isEmpty() || classNames.size() > CLASS_COLORS.length) {
            throw new IllegalArgumentException("a code scatter tells 1 to " + CLASS_COLORS.length + " classes apart by "
                    + "colour; got " + classNames.size() + " class names");
        }
        classNames.forEach(name -> Arguments.text(name, "class name"));
        if (classNames.stream().distinct().count() != classNames.size()) {
            throw new IllegalArgumentException("the class names must differ, as each names a legend entry; got " + classNames);
        }
        this.classNames = List.copyOf(classNames);
        return this;
    }

    /** Sets the chart size in pixels (default {@value #DEFAULT_SIZE} x {@value #DEFAULT_SIZE}). */
    public CodeScatter size(int width, int height) {
        this.width = Arguments.positive(width, "width");
        this.height = Arguments.positive(height, "height");
        return this;
    }

    /** Sets the diameter of a point in pixels (default 4); smaller for many thousands of points. */
    public CodeScatter markerSize(int pixels) {
        this.markerSize = Arguments.positive(pixels, "marker size");
        return this;
    }

    /**
     * Builds the chart: one scatter series per class that has points, named by its class name and
     * drawn in its class colour, the legend outside on the right.
     *
     * @throws IllegalStateException    if no codes or class names were given
     * @throws IllegalArgumentException if a label is not an index into the class names
     */
    public XYChart build() {
        if (x == null || classNames == null) {
            throw new IllegalStateException("the chart \"" + title + "\" needs " + (x == null ? "codes: call "
                    + "codes(codes, labels)" : "class names: call classNames(names), e.g. Mnist.classNames()"));
        }
        int[] counts = new int[classNames.size()];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classNames.size()) {
                throw new IllegalArgumentException("label " + labels[i] + " of point " + i + " is not a class index; there "
                        + "are " + classNames.size() + " class names (0 to " + (classNames.size() - 1) + ")");
            }
            counts[labels[i]]++;
        }
        XYChart chart = new XYChartBuilder().width(FigureStyle.widthForTitle(title, width)).height(height).title(title)
                .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        FigureStyle.applyAxes(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Scatter).setMarkerSize(markerSize)
                .setLegendPosition(LegendPosition.OutsideE);
        for (int c = 0; c < classNames.size(); c++) {
            if (counts[c] == 0) {
                continue;
            }
            double[] xs = new double[counts[c]];
            double[] ys = new double[counts[c]];
            int n = 0;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    xs[n] = x[i];
                    ys[n++] = y[i];
                }
            }
            XYSeries series = chart.addSeries(classNames.get(c), xs, ys);
            Color color = CLASS_COLORS[c];
            series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            series.setMarker(SeriesMarkers.CIRCLE);
            series.setMarkerColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), POINT_ALPHA));
        }
        return chart;
    }

    /** Builds the chart, writes it as a PNG (see {@link PngFiles}) and returns it. */
    public XYChart save(Path file) {
        XYChart chart = build();
        PngFiles.save(chart, file);
        return chart;
    }
}
