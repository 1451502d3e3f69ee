package org.lectern.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.DoubleStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tech.tablesaw.api.Table;

/**
 * Builds a chart of values per epoch: loss curves or accuracy curves, several named series on one
 * chart, a series that continues another's epoch numbering (a stacked model trained after a single
 * one), dashed reference lines with a legend entry (a lecture's published number), and an optional
 * logarithmic y axis. The result is an XChart {@link XYChart}: it shows inline as a cell's last
 * expression, and its styler changes anything about its look.
 *
 * <pre>{@code
 * XYChart chart = EpochCurves.loss()
 *         .title("Reconstruction loss, MNIST")
 *         .series("single autoencoder", singleLoss)        // epochs 1..10
 *         .continued("stacked autoencoder", stackedLoss)   // epochs 11..20
 *         .reference("lecture", 0.063)                     // dashed line, legend "lecture: 0.063"
 *         .logY(true)
 *         .build();
 * }</pre>
 */
public final class EpochCurves {
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {8f, 5f}, 0f);
    private static final Color[] REFERENCE_COLORS = {new Color(0x444444), new Color(0x999999), new Color(0x7B3294)};

    private record Curve(String name, double[] epochs, double[] values, boolean pointsOnly) {
    }

    private record Reference(String name, double value) {
    }

    private final boolean percent;
    private String title;
    private String xAxisTitle = "epoch";
    private String yAxisTitle;
    private int width = FigureStyle.DEFAULT_WIDTH;
    private int height = FigureStyle.DEFAULT_HEIGHT;
    private boolean logY;
    private final List<Curve> curves = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();

    private EpochCurves(boolean percent, String title, String yAxisTitle) {
        this.percent = percent;
        this.title = title;
        this.yAxisTitle = yAxisTitle;
    }

    /** Starts a loss chart: title "Loss per epoch", y axis "loss", values plotted as given. */
    public static EpochCurves loss() {
        return new EpochCurves(false, "Loss per epoch", "loss");
    }

    /**
     * Starts an accuracy chart: title "Accuracy per epoch", y axis "accuracy (%)"; values and
     * references are percentages in [0, 100], as the trainer's history and the lectures give them.
     */
    public static EpochCurves accuracy() {
        return new EpochCurves(true, "Accuracy per epoch", "accuracy (%)");
    }

    /** Sets the chart title. */
    public EpochCurves title(String title) {
        this.title = Arguments.text(title, "title");
        return this;
    }

    /** Sets the x axis title (default "epoch"). */
    public EpochCurves xAxisTitle(String title) {
        this.xAxisTitle = Arguments.text(title, "x axis title");
        return this;
    }

    /** Sets the y axis title (default "loss" or "accuracy (%)"). */
    public EpochCurves yAxisTitle(String title) {
        this.yAxisTitle = Arguments.text(title, "y axis title");
        return this;
    }

    /** Sets the chart size in pixels as shown in the notebook (default 800x450). */
    public EpochCurves size(int width, int height) {
        this.width = Arguments.positive(width, "width");
        this.height = Arguments.positive(height, "height");
        return this;
    }

    /** Uses a logarithmic y axis if {@code log} is true; every value must then be above zero. */
    public EpochCurves logY(boolean log) {
        this.logY = log;
        return this;
    }

    /** Adds a series with one value per epoch, numbered 1, 2, 3, ... */
    public EpochCurves series(String name, double[] values) {
        Objects.requireNonNull(values, "values");
        return series(name, numbered(1, values.length), values);
    }

    /** Adds a series with its own epoch numbers; {@code epochs} and {@code values} have the same length. */
    public EpochCurves series(String name, double[] epochs, double[] values) {
        return add(name, epochs, values, false);
    }

    /**
     * Adds values known only at some epochs, drawn as markers without a line between them (e.g. the
     * numbers a lecture reads out at epochs 1, 2 and 10), so nothing is implied about the epochs between.
     */
    public EpochCurves points(String name, double[] epochs, double[] values) {
        return add(name, epochs, values, true);
    }

    private EpochCurves add(String name, double[] epochs, double[] values, boolean pointsOnly) {
        Objects.requireNonNull(epochs, "epochs");
        Objects.requireNonNull(values, "values");
        String checked = newName(name);
        if (values.length == 0) {
            throw new IllegalArgumentException("series \"" + checked + "\" has no values; give at least one epoch's value");
        }
        if (epochs.length != values.length) {
            throw new IllegalArgumentException("series \"" + checked + "\" has " + epochs.length + " epochs but "
                    + values.length + " values; give one value per epoch");
        }
        if (percent) {
            requirePercentages(checked, values);
        }
        curves.add(new Curve(checked, epochs.clone(), values.clone(), pointsOnly));
        return this;
    }

    /**
     * Adds a series whose epochs carry on after the last epoch of the series added so far: after
     * 10 epochs of a single autoencoder, a stacked one's 10 values are plotted at epochs 11 to 20.
     */
    public EpochCurves continued(String name, double[] values) {
        Objects.requireNonNull(values, "values");
        if (curves.isEmpty()) {
            throw new IllegalStateException("continued(\"" + name + "\", ...) carries on after an earlier series,"
                    + " but there is none yet; add the first stage with series(name, values)");
        }
        double last = curves.stream().flatMapToDouble(c -> DoubleStream.of(c.epochs())).max().orElseThrow();
        return series(name, numbered(last + 1, values.length), values);
    }

    /** Adds one series per value column of a table (e.g. a training history), at the epochs of {@code epochColumn}. */
    public EpochCurves table(Table table, String epochColumn, String... valueColumns) {
        Objects.requireNonNull(table, "table");
        if (valueColumns.length == 0) {
            throw new IllegalArgumentException("name at least one value column of the table, e.g. \"loss\"; its columns are "
                    + table.columnNames());
        }
        double[] epochs = numbers(table, epochColumn);
        for (String column : valueColumns) {
            series(column, epochs, numbers(table, column));
        }
        return this;
    }

    /**
     * Adds a dashed horizontal line at {@code value} across the plotted epochs, shown in the legend
     * as e.g. "lecture: 0.063" (for accuracy charts the value is a percentage and reads "lecture: 91.83%").
     */
    public EpochCurves reference(String label, double value) {
        String checked = Arguments.text(label, "reference label");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("reference \"" + checked + "\" has the value " + value + "; give a finite number");
        }
        if (percent) {
            requirePercentages(checked, new double[] {value});
        }
        String name = checked + ": " + format(value) + (percent ? "%" : "");
        references.add(new Reference(newName(name), value));
        return this;
    }

    /** Builds the chart: the series in the order added, then the reference lines. */
    public XYChart build() {
        if (curves.isEmpty()) {
            throw new IllegalStateException("the chart \"" + title + "\" has no series; add one with series(name, values)");
        }
        if (logY) {
            requirePositive();
        }
        XYChart chart = new XYChartBuilder().width(FigureStyle.widthForTitle(title, width)).height(height).title(title)
                .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        FigureStyle.applyLines(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line)
                .setYAxisLogarithmic(logY)
                .setYAxisLogarithmicDecadeOnly(false)
                .setLegendVisible(curves.size() + references.size() > 1)
                .setLegendPosition(percent ? LegendPosition.InsideSE : LegendPosition.InsideNE);
        for (Curve curve : curves) {
            XYSeries series = chart.addSeries(curve.name(), curve.epochs(), curve.values());
            if (curve.pointsOnly()) {
                series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            }
        }
        double first = curves.stream().flatMapToDouble(c -> DoubleStream.of(c.epochs())).min().orElseThrow();
        double last = curves.stream().flatMapToDouble(c -> DoubleStream.of(c.epochs())).max().orElseThrow();
        if (first == last) {
            // One epoch (a quick run): give the reference line some length to be seen.
            first -= 0.5;
            last += 0.5;
        }
        for (int i = 0; i < references.size(); i++) {
            Reference reference = references.get(i);
            double y = reference.value();
            XYSeries line = chart.addSeries(reference.name(), new double[] {first, last}, new double[] {y, y});
            line.setMarker(SeriesMarkers.NONE);
            line.setLineStyle(DASHED);
            line.setLineColor(REFERENCE_COLORS[i % REFERENCE_COLORS.length]);
        }
        return chart;
    }

    /** Builds the chart, writes it as a PNG (see {@link PngFiles#save(org.knowm.xchart.internal.chartpart.Chart, Path)}) and returns it. */
    public XYChart save(Path file) {
        XYChart chart = build();
        PngFiles.save(chart, file);
        return chart;
    }

    private String newName(String name) {
        String checked = Arguments.text(name, "series name");
        boolean taken = curves.stream().anyMatch(c -> c.name().equals(checked))
                || references.stream().anyMatch(r -> r.name().equals(checked));
        if (taken) {
            throw new IllegalArgumentException("the chart already has a series named \"" + checked
                    + "\"; give each series its own name");
        }
        return checked;
    }

    private void requirePercentages(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (Double.isFinite(values[i]) && (values[i] < 0 || values[i] > 100)) {
                throw new IllegalArgumentException("\"" + name + "\" has the value " + values[i] + " at position " + (i + 1)
                        + "; an accuracy chart takes percentages in [0, 100] (for a fraction such as 0.92, give 92)");
            }
        }
    }

    private void requirePositive() {
        for (Curve curve : curves) {
            for (int i = 0; i < curve.values().length; i++) {
                if (curve.values()[i] <= 0) {
                    throw new IllegalArgumentException("a logarithmic y axis needs values above zero, but \"" + curve.name()
                            + "\" has " + curve.values()[i] + " at epoch " + format(curve.epochs()[i]) + "; use logY(false)");
                }
            }
        }
        for (Reference reference : references) {
            if (reference.value() <= 0) {
                throw new IllegalArgumentException("a logarithmic y axis needs values above zero, but the reference \""
                        + reference.name() + "\" is not; use logY(false)");
            }
        }
    }

    private static double[] numbers(Table table, String column) {
        if (column == null || !table.containsColumn(column)) {
            throw new IllegalArgumentException("the table has no column \"" + column + "\"; its columns are " + table.columnNames());
        }
        if (!(table.column(column) instanceof tech.tablesaw.api.NumericColumn<?> numeric)) {
            throw new IllegalArgumentException("column \"" + column + "\" holds " + table.column(column).type()
                    + ", not numbers; name a numeric column");
        }
        return numeric.asDoubleArray();
    }

    private static double[] numbered(double first, int count) {
        double[] epochs = new double[count];
        Arrays.setAll(epochs, i -> first + i);
        return epochs;
    }


    /** Returns a number with at most four significant digits and no trailing zeros: 0.063, 91.83, 12. */
    static String format(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
