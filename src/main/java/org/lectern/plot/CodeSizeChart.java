package org.lectern.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.DoubleStream;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds a chart of the reconstruction error against the size of the code, one line per method
 * (PCA, a linear autoencoder, a nonlinear one), one evenly spaced category per code size labelled
 * with the size, and optionally dashed reference lines, such as the error of always answering the
 * mean image. (An XChart number axis cannot put its ticks at chosen sizes only.)
 *
 * <pre>{@code
 * CategoryChart chart = CodeSizeChart.builder()
 *         .title("Test reconstruction error against code size")
 *         .codeSizes(2, 8, 32, 64)
 *         .series("PCA", pcaErrors)
 *         .series("linear autoencoder", linearErrors)
 *         .series("nonlinear autoencoder", nonlinearErrors)
 *         .reference("always the mean image", 0.067)
 *         .logY(true)
 *         .build();
 * }</pre>
 */
public final class CodeSizeChart {
    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    private record Line(String name, double[] errors) {
    }

    private record Reference(String name, double y) {
    }

    private final List<Line> lines = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();
    private int[] codeSizes;
    private String title = "Reconstruction error against code size";
    private String xAxisTitle = "code size (units)";
    private String yAxisTitle = "reconstruction error (MSE)";
    private int width = FigureStyle.DEFAULT_WIDTH;
    private int height = FigureStyle.DEFAULT_HEIGHT;
    private boolean logY;

    private CodeSizeChart() {
    }

    /** Starts an empty chart. */
    public static CodeSizeChart builder() {
        return new CodeSizeChart();
    }

    /** Sets the title (default "Reconstruction error against code size"). */
    public CodeSizeChart title(String title) {
        this.title = Arguments.text(title, "title");
        return this;
    }

    /** Sets the x axis title (default "code size (units)"). */
    public CodeSizeChart xAxisTitle(String title) {
        this.xAxisTitle = Arguments.text(title, "x axis title");
        return this;
    }

    /** Sets the y axis title (default "reconstruction error (MSE)"). */
    public CodeSizeChart yAxisTitle(String title) {
        this.yAxisTitle = Arguments.text(title, "y axis title");
        return this;
    }

    /** Sets the chart size in pixels (default 800x450). */
    public CodeSizeChart size(int width, int height) {
        this.width = Arguments.positive(width, "width");
        this.height = Arguments.positive(height, "height");
        return this;
    }

    /** Switches a logarithmic y axis, for errors that span decades; off by default. */
    public CodeSizeChart logY(boolean log) {
        this.logY = log;
        return this;
    }

    /** Sets the code sizes every series is measured at, increasing, e.g. {@code 2, 8, 32, 64}. */
    public CodeSizeChart codeSizes(int... sizes) {
        Objects.requireNonNull(sizes, "sizes");
        if (sizes.length == 0) {
            throw new IllegalArgumentException("give at least one code size, e.g. codeSizes(2, 8, 32, 64)");
        }
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 1 || (i > 0 && sizes[i] <= sizes[i - 1])) {
                throw new IllegalArgumentException("code sizes must be at least 1 and increasing; got "
                        + Arrays.toString(sizes));
            }
        }
        if (!lines.isEmpty() && lines.get(0).errors().length != sizes.length) {
            throw new IllegalStateException("the series already added have " + lines.get(0).errors().length
                    + " errors, one per code size; give as many code sizes, not " + sizes.length);
        }
        this.codeSizes = sizes.clone();
        return this;
    }

    /** Adds a line: {@code errors[i]} is the error at the i-th code size. */
    public CodeSizeChart series(String name, double[] errors) {
        Objects.requireNonNull(errors, "errors");
        String checked = newName(name);
        if (codeSizes == null) {
            throw new IllegalStateException("set the code sizes first: codeSizes(2, 8, 32, 64)");
        }
        if (errors.length != codeSizes.length) {
            throw new IllegalArgumentException("series \"" + checked + "\" has " + errors.length + " errors for "
                    + codeSizes.length + " code sizes " + Arrays.toString(codeSizes) + "; give one per code size");
        }
        requireFinite(checked, errors);
        lines.add(new Line(checked, errors.clone()));
        return this;
    }

    /** Adds a dashed horizontal line at {@code error}, shown in the legend as e.g. "always the mean image: 0.067". */
    public CodeSizeChart reference(String label, double error) {
        String checked = Arguments.text(label, "reference label");
        requireFinite(checked, new double[] {error});
        references.add(new Reference(newName(checked + ": " + EpochCurves.format(error)), error));
        return this;
    }

    /**
     * Builds the chart: one category per code size, equally spaced and labelled with the size
     * (2, 8, 32 and 64 are nearly equally spaced on a log scale anyway); the series in the order
     * added, then the reference lines, dashed across every category.
     */
    public CategoryChart build() {
        if (lines.isEmpty()) {
            throw new IllegalStateException("the chart \"" + title + "\" has no series; add them with series(name, errors)");
        }
        if (logY && DoubleStream.concat(lines.stream().flatMapToDouble(l -> DoubleStream.of(l.errors())),
                references.stream().mapToDouble(Reference::y)).anyMatch(v -> v <= 0)) {
            throw new IllegalArgumentException("a logarithmic y axis needs errors above zero; use logY(false)");
        }
        CategoryChart chart = new CategoryChartBuilder().width(FigureStyle.widthForTitle(title, width)).height(height)
                .title(title).xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        FigureStyle.applyLines(chart.getStyler());
        // Overlapped: every series at the centre of its category, not side by side as bars are.
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Line).setOverlapped(true);
        // Below the plot: a reference line near the top would run under a legend inside.
        chart.getStyler().setLegendPosition(LegendPosition.OutsideS).setLegendLayout(LegendLayout.Horizontal);
        chart.getStyler().setYAxisLogarithmic(logY).setYAxisLogarithmicDecadeOnly(false);
        List<String> categories = Arrays.stream(codeSizes).mapToObj(String::valueOf).toList();
        for (int i = 0; i < lines.size(); i++) {
            CategorySeries series = chart.addSeries(lines.get(i).name(), categories, boxed(lines.get(i).errors()));
            Color color = FigureStyle.SERIES_COLORS[i % FigureStyle.SERIES_COLORS.length];
            series.setLineColor(color);
            series.setMarkerColor(color);
        }
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            double[] level = new double[codeSizes.length];
            Arrays.fill(level, reference.y());
            CategorySeries line = chart.addSeries(reference.name(), categories, boxed(level));
            line.setMarker(SeriesMarkers.NONE);
            line.setLineStyle(DASHED);
            line.setLineColor(i == 0 ? Color.GRAY : Color.DARK_GRAY);
        }
        return chart;
    }

    /** Builds the chart, writes it as a PNG (see {@link PngFiles}) and returns it. */
    public CategoryChart save(Path file) {
        CategoryChart chart = build();
        PngFiles.save(chart, file);
        return chart;
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private String newName(String name) {
        String checked = Arguments.text(name, "series name");
        boolean taken = lines.stream().anyMatch(l -> l.name().equals(checked))
                || references.stream().anyMatch(r -> r.name().equals(checked));
        if (taken) {
            throw new IllegalArgumentException("the chart already has a series named \"" + checked
                    + "\"; give each series its own name");
        }
        return checked;
    }

    private static void requireFinite(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("\"" + name + "\" has the value " + values[i] + " at position " + (i + 1)
                        + "; a chart needs finite numbers (NaN often means training diverged)");
            }
        }
    }
}
