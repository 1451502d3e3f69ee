package org.lectern.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Lectern's look for XChart figures, kept apart from the data: fonts sized for a notebook 700-900
 * pixels wide, a white plot with light grid lines, and the Okabe-Ito colours, which stay apart
 * for colour-blind readers. Every figure builder applies it; change any single setting afterwards
 * through the chart's own styler ({@code chart.getStyler().setLegendPosition(...)}).
 */
public final class FigureStyle {
    /** The Okabe-Ito colour-blind-safe colours, yellow left out (too pale on white). */
    public static final Color[] SERIES_COLORS = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000)};
    /** The font family of every text in a figure: Java's logical sans-serif font, present on every JVM. */
    public static final String FONT_FAMILY = Font.SANS_SERIF;
    /** The chart title's font. */
    public static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 16);
    /** The axis titles' font. */
    public static final Font AXIS_TITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);
    /** The tick labels', legend's and captions' font. */
    public static final Font LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
    /** The width of line charts unless a builder says otherwise: fits a notebook cell. */
    public static final int DEFAULT_WIDTH = 800;
    /** The height of line charts unless a builder says otherwise. */
    public static final int DEFAULT_HEIGHT = 450;

    private static final Color GRID = new Color(0xE0E0E0);
    // XChart centres the title over the plot area, which the y axis labels push to the right.
    private static final int TITLE_MARGIN = 64;
    private static final Color FRAME = new Color(0xA0A0A0);

    private FigureStyle() {
    }

    /** Applies the fonts, colours and frame shared by every chart type. */
    public static void applyCommon(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE)
                .setPlotBackgroundColor(Color.WHITE)
                .setPlotBorderColor(FRAME)
                .setChartFontColor(Color.BLACK)
                .setChartTitleFont(TITLE_FONT)
                .setChartTitleBoxVisible(false)
                .setLegendFont(LABEL_FONT)
                .setLegendBorderColor(FRAME)
                .setLegendBackgroundColor(Color.WHITE)
                .setChartPadding(12)
                .setSeriesColors(SERIES_COLORS)
                .setAntiAlias(true);
    }

    /** Returns {@code width}, or more if the title would not fit in it (XChart clips a title at the chart's edges). */
    public static int widthForTitle(String title, int width) {
        return Math.max(width, GridLayout.widest(java.util.List.of(title), TITLE_FONT) + 2 * TITLE_MARGIN);
    }

    /** Applies the common look plus axis fonts, grid lines and tick marks to a chart with axes. */
    public static void applyAxes(AxesChartStyler styler) {
        applyCommon(styler);
        // XChart's default pattern writes 0.08 as ".08".
        styler.setXAxisDecimalPattern("0.####").setYAxisDecimalPattern("0.####");
        styler.setAxisTitleFont(AXIS_TITLE_FONT)
                .setAxisTickLabelsFont(LABEL_FONT)
                .setAxisTickMarksColor(FRAME)
                .setPlotGridLinesColor(GRID)
                .setPlotGridLinesStroke(new BasicStroke(1f))
                .setAxisTitlePadding(8);
    }

    /** Applies the line-chart look: legend inside at the top right, round markers at every point. */
    public static void applyLines(AxesChartStyler styler) {
        applyAxes(styler);
        styler.setLegendPosition(LegendPosition.InsideNE);
        styler.setSeriesMarkers(new Marker[] {SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE,
            SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN});
        styler.setMarkerSize(6);
    }
}
