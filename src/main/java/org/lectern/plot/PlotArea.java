package org.lectern.plot;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * An invisible XChart annotation that notes, while the chart paints, where the data rectangle
 * [xMin, xMax] x [yMin, yMax] lands in pixels, so a raster can be drawn exactly under the plot.
 */
final class PlotArea extends Annotation {
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private Rectangle pixels;

    PlotArea(double xMin, double xMax, double yMin, double yMax) {
        super(false);
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    @Override
    public void paint(Graphics2D g) {
        int left = getXAxisScreenValue(xMin);
        int right = getXAxisScreenValue(xMax);
        int top = getYAxisScreenValue(yMax);
        int bottom = getYAxisScreenValue(yMin);
        pixels = new Rectangle(left, top, right - left, bottom - top);
        bounds = pixels;
    }

    /** Returns the data rectangle in the chart's pixels, as of the last paint; null before it. */
    Rectangle pixels() {
        return pixels;
    }
}
