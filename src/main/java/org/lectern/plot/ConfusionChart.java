package org.lectern.plot;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * Builds a confusion matrix heat map: true classes down the left (the first class on top, as
 * in textbooks), predicted classes along the bottom, class names as tick labels, a colour legend,
 * and the count or the row percentage written in each cell. Colours follow a square-root scale
 * from {@link #LOW} to {@link #HIGH}, so the few mistakes off the diagonal stay visible. Row normalisation turns each row into
 * percentages of that true class, so the diagonal reads as per-class recall (the lecture's
 * per-class accuracy). The result is an XChart {@link HeatMapChart}.
 *
 * <pre>{@code
 * HeatMapChart chart = ConfusionChart.of(counts, Mnist.classNames())   // counts[true][predicted]
 *         .title("MNIST test set")
 *         .rowNormalized(true)
 *         .build();
 * }</pre>
 */
public final class ConfusionChart {
    /** The lightest colour, for 0. */
    public static final Color LOW = new Color(0xF7FBFF);
    /** The darkest colour, for the largest value: light enough for black numbers to read on it. */
    public static final Color HIGH = new Color(0x4292C6);
    /**
     * Evenly spaced stops from {@link #LOW} to {@link #HIGH} along a square-root curve: colour rises
     * steeply near zero, so the few mistakes off the diagonal stay visible beside its large counts.
     * The legend bar uses the same stops, so it still reads true.
     */
    private static final Color[] COLORS = sqrtStops(9);

    private final int[][] counts;
    private final List<String> classNames;
    private String title = "Confusion matrix";
    private boolean titleSet;
    private boolean rowNormalized;
    private boolean showValues = true;
    private int width = 720;
    private int height = 600;

    private ConfusionChart(int[][] counts, List<String> classNames) {
        this.counts = counts;
        this.classNames = classNames;
    }

    /**
     * Starts a chart of {@code counts[t][p]}, the number of examples of true class t predicted as
     * class p, with one name per class.
     */
    public static ConfusionChart of(int[][] counts, List<String> classNames) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(classNames, "classNames");
        int n = counts.length;
        if (n == 0) {
            throw new IllegalArgumentException("the confusion matrix is empty; pass counts[true class][predicted class]");
        }
        if (classNames.size() != n) {
            throw new IllegalArgumentException("the confusion matrix has " + n + " rows but there are " + classNames.size()
                    + " class names; give one name per class");
        }
        int[][] copy = new int[n][];
        for (int t = 0; t < n; t++) {
            if (counts[t] == null || counts[t].length != n) {
                throw new IllegalArgumentException("row " + t + " (true class \"" + classNames.get(t) + "\") has "
                        + (counts[t] == null ? "no" : counts[t].length) + " counts; a confusion matrix is square, " + n + "x" + n);
            }
            for (int p = 0; p < n; p++) {
                if (counts[t][p] < 0) {
                    throw new IllegalArgumentException("counts[" + t + "][" + p + "] is " + counts[t][p] + "; counts cannot be negative");
                }
            }
            copy[t] = counts[t].clone();
        }
        for (String name : classNames) {
            Arguments.text(name, "class name");
        }
        return new ConfusionChart(copy, List.copyOf(classNames));
    }

    /** Sets the title (default "Confusion matrix", with ", % of each true class" when row-normalised). */
    public ConfusionChart title(String title) {
        this.title = Arguments.text(title, "title");
        this.titleSet = true;
        return this;
    }

    /** Shows each cell as a percentage of its row (its true class) if {@code normalized} is true; counts otherwise. */
    public ConfusionChart rowNormalized(boolean normalized) {
        this.rowNormalized = normalized;
        return this;
    }

    /** Writes the count or percentage in each cell if {@code show} is true (the default). */
    public ConfusionChart showValues(boolean show) {
        this.showValues = show;
        return this;
    }

    /** Sets the chart size in pixels as shown in the notebook (default 720x600). */
    public ConfusionChart size(int width, int height) {
        this.width = Arguments.positive(width, "width");
        this.height = Arguments.positive(height, "height");
        return this;
    }

    /** Returns the value of each cell, [true][predicted]: the counts, or percentages of each row (0 for an empty row). */
    public double[][] values() {
        int n = counts.length;
        double[][] values = new double[n][n];
        for (int t = 0; t < n; t++) {
            long total = 0;
            for (int count : counts[t]) {
                total += count;
            }
            for (int p = 0; p < n; p++) {
                values[t][p] = !rowNormalized ? counts[t][p] : total == 0 ? 0 : 100.0 * counts[t][p] / total;
            }
        }
        return values;
    }

    /** Builds the heat map. */
    public HeatMapChart build() {
        int n = counts.length;
        String shownTitle = rowNormalized && !titleSet ? title + ", % of each true class" : title;
        HeatMapChart chart = new HeatMapChartBuilder().width(FigureStyle.widthForTitle(shownTitle, width)).height(height).title(shownTitle)
                .xAxisTitle("predicted class").yAxisTitle("true class").build();
        HeatMapStyler styler = chart.getStyler();
        FigureStyle.applyAxes(styler);
        double[][] values = values();
        double max = 0;
        List<Number[]> cells = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < n; p++) {
                // XChart draws y index 0 at the bottom; true class 0 goes on top.
                cells.add(new Number[] {p, n - 1 - t, values[t][p]});
                max = Math.max(max, values[t][p]);
            }
        }
        chart.addSeries(rowNormalized ? "% of true class" : "count", classNames, bottomUp(), cells);
        styler.setRangeColors(COLORS.clone())
                .setMin(0)
                .setMax(rowNormalized ? 100 : Math.max(1, max))
                .setShowValue(showValues)
                .setValueFont(FigureStyle.LABEL_FONT)
                .setValueFontColor(Color.BLACK)
                .setHeatMapValueDecimalPattern(rowNormalized ? "0.0" : "0")
                .setLegendPosition(LegendPosition.OutsideE);
        styler.setPlotGridLinesVisible(false);
        if (GridLayout.widest(classNames, FigureStyle.LABEL_FONT) > (width - 200) / n) {
            styler.setXAxisLabelRotation(45);
        }
        return chart;
    }

    private static Color[] sqrtStops(int count) {
        Color[] stops = new Color[count];
        for (int i = 0; i < count; i++) {
            double t = Math.sqrt((double) i / (count - 1));
            stops[i] = new Color(mix(LOW.getRed(), HIGH.getRed(), t), mix(LOW.getGreen(), HIGH.getGreen(), t),
                    mix(LOW.getBlue(), HIGH.getBlue(), t));
        }
        return stops;
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    private List<String> bottomUp() {
        List<String> names = new ArrayList<>(classNames);
        java.util.Collections.reverse(names);
        return names;
    }

    /** Builds the chart, writes it as a PNG (see {@link PngFiles}) and returns it. */
    public HeatMapChart save(Path file) {
        HeatMapChart chart = build();
        PngFiles.save(chart, file);
        return chart;
    }
}
