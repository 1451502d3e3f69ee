package org.lectern.plot;

import java.awt.Color;
import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

/**
 * The contour levels of a surface and the band colour between them: levels spaced evenly in
 * log(f - f_min) (or in f) between the low and high ends of the values on the plot, and a light
 * sequential fill, palest at the lowest band, so the coloured paths on top stay readable.
 */
final class SurfaceLevels {
    /** The fill of the lowest band. */
    static final Color LOW = new Color(0xFFFFFF);
    /** The fill of the highest band. */
    static final Color HIGH = new Color(0x8EA6BC);

    private final double[] levels;
    private final Color[] bands;

    private SurfaceLevels(double[] levels) {
        this.levels = levels;
        this.bands = new Color[levels.length + 1];
        for (int k = 0; k < bands.length; k++) {
            double t = (double) k / (bands.length - 1);
            bands[k] = new Color(mix(LOW.getRed(), HIGH.getRed(), t), mix(LOW.getGreen(), HIGH.getGreen(), t),
                    mix(LOW.getBlue(), HIGH.getBlue(), t));
        }
    }

    /** Returns {@code count} levels for {@code f} on the rectangle, sampled on a 100 x 100 grid. */
    static SurfaceLevels of(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax, int count,
                            boolean log) {
        int n = 100;
        double[] v = new double[n * n];
        int k = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double value = f.applyAsDouble(xMin + (xMax - xMin) * i / (n - 1), yMin + (yMax - yMin) * j / (n - 1));
                if (Double.isFinite(value)) {
                    v[k++] = value;
                }
            }
        }
        if (k == 0) {
            throw new IllegalArgumentException("the function has no finite value on the plotted rectangle");
        }
        double[] sorted = Arrays.copyOf(v, k);
        Arrays.sort(sorted);
        double min = sorted[0];
        double max = sorted[k - 1];
        double[] levels = new double[count];
        if (max <= min) {
            Arrays.fill(levels, min);
            return new SurfaceLevels(levels);
        }
        if (log) {
            // From just above the lowest sampled values to the top, equal ratios of f - min.
            double low = Math.max(sorted[(int) (0.005 * (k - 1))] - min, (max - min) * 1e-6);
            double high = max - min;
            for (int i = 0; i < count; i++) {
                levels[i] = min + low * Math.pow(high / low, (i + 0.5) / count);
            }
        } else {
            for (int i = 0; i < count; i++) {
                levels[i] = min + (max - min) * (i + 0.5) / count;
            }
        }
        return new SurfaceLevels(levels);
    }

    /** Returns the levels, increasing. */
    double[] levels() {
        return levels.clone();
    }

    /** Returns the fill of the band a value falls in: below the first level the palest, NaN the darkest. */
    int rgb(double value) {
        if (Double.isNaN(value)) {
            return bands[bands.length - 1].getRGB();
        }
        int index = Arrays.binarySearch(levels, value);
        int band = index >= 0 ? index + 1 : -index - 1;
        return bands[band].getRGB();
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
