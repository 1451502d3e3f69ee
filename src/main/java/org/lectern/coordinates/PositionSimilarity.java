package org.lectern.coordinates;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.lectern.nn.InputMapping;
import org.lectern.plot.FigureStyle;
import org.lectern.plot.PngFiles;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The lecture's argument for sines and cosines, as a chart: how similar each pixel of one row
 * looks to one chosen pixel once both positions went through a mapping, measured by the dot
 * product of their features, {@code γ(v)·γ(v') / γ(v)·γ(v)} (1 at the chosen pixel itself). A
 * layer of the network starts from exactly such dot products with its weights. Raw positions
 * ({@code none}) give a straight line: a pixel far to the right looks more similar than the
 * pixel itself. Fourier features give a peak at the chosen pixel that falls off with distance,
 * narrower the higher the frequencies: nearby positions look alike, far ones do not.
 *
 * <pre>{@code
 * XYChart chart = PositionSimilarity.of(InputMapping.none(), InputMapping.positional(128, 6)).pixels(256).build();
 * double[] near = PositionSimilarity.of(gauss).pixels(256).values(gauss);
 * }</pre>
 */
public final class PositionSimilarity {
    private final List<InputMapping> mappings;
    private int pixels = 256;
    private Integer row;
    private Integer column;
    private String title;

    private PositionSimilarity(List<InputMapping> mappings) {
        this.mappings = mappings;
    }

    /** Starts a chart of these mappings, one line each, in this order. */
    public static PositionSimilarity of(InputMapping... mappings) {
        if (mappings.length == 0) {
            throw new IllegalArgumentException("name at least one mapping, e.g. PositionSimilarity.of(InputMapping.none())");
        }
        for (InputMapping mapping : mappings) {
            Objects.requireNonNull(mapping, "a mapping is null");
        }
        return new PositionSimilarity(List.of(mappings));
    }

    /** Sets the image size whose row of pixels is compared (default 256). */
    public PositionSimilarity pixels(int size) {
        PixelGrid.of(size);
        this.pixels = size;
        return this;
    }

    /** Sets the row of pixels (default: the middle row, {@code size / 2}). */
    public PositionSimilarity row(int row) {
        this.row = row;
        return this;
    }

    /** Sets the column of the pixel every other one is compared with (default: the middle, {@code size / 2}). */
    public PositionSimilarity column(int column) {
        this.column = column;
        return this;
    }

    /** Sets the title (default: "How alike two pixel positions look through each mapping"). */
    public PositionSimilarity title(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("the title is blank; every figure part needs readable text");
        }
        this.title = title;
        return this;
    }

    /**
     * Returns, for every pixel of the row from left to right, the dot product of its features with
     * the chosen pixel's divided by the chosen pixel's with itself.
     */
    public double[] values(InputMapping mapping) {
        Objects.requireNonNull(mapping, "mapping");
        int chosen = chosenColumn();
        INDArray features = mapping.apply(PixelGrid.of(pixels).rowCoordinates(chosenRow())).castTo(DataType.DOUBLE);
        INDArray centre = features.getRow(chosen);
        double self = centre.mul(centre).sumNumber().doubleValue();
        if (self == 0) {
            throw new IllegalArgumentException("the features of the pixel at row " + chosenRow() + ", column " + chosen + " are all 0 "
                    + "under " + mapping.name() + ", so nothing is similar to it; choose another pixel with row(..) and column(..)");
        }
        return features.mmul(centre.reshape(centre.length(), 1)).divi(self).toDoubleVector();
    }

    /** Builds the chart: one line per mapping against the x position, with the chosen pixel marked by a vertical line. */
    public XYChart build() {
        int chosen = chosenColumn();
        double at = (double) chosen / pixels;
        String shown = title != null ? title : "How alike two pixel positions look through each mapping";
        XYChart chart = new XYChartBuilder().width(FigureStyle.widthForTitle(shown, FigureStyle.DEFAULT_WIDTH))
                .height(FigureStyle.DEFAULT_HEIGHT).title(shown)
                .xAxisTitle(String.format(Locale.ROOT, "x of a pixel in row %d (the chosen pixel at x = %s)", chosenRow(),
                        trimmed(at)))
                .yAxisTitle("γ(v)·γ(v') / γ(v)·γ(v)").build();
        FigureStyle.applyAxes(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Line).setLegendPosition(LegendPosition.OutsideE);
        // A margin either side keeps XChart's ticks on round numbers (it puts them at the data for equally spaced x).
        chart.getStyler().setXAxisMin(-0.02).setXAxisMax(1.02);
        double[] x = PixelGrid.of(pixels).rowCoordinates(chosenRow()).getColumn(0).toDoubleVector();
        for (InputMapping mapping : mappings) {
            XYSeries series = chart.addSeries(mapping.name() + " (" + mapping.outputs() + " features)", x, values(mapping));
            series.setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /** Builds the chart, writes it as a PNG (see {@link PngFiles}) and returns it. */
    public XYChart save(Path file) {
        XYChart chart = build();
        PngFiles.save(chart, file);
        return chart;
    }

    private int chosenRow() {
        return inside(row == null ? pixels / 2 : row, "row");
    }

    private int chosenColumn() {
        return inside(column == null ? pixels / 2 : column, "column");
    }

    private int inside(int index, String what) {
        if (index < 0 || index >= pixels) {
            throw new IndexOutOfBoundsException(what + " " + index + " is outside the " + pixels + "x" + pixels + " grid ("
                    + what + "s 0 to " + (pixels - 1) + ")");
        }
        return index;
    }

    private static String trimmed(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
