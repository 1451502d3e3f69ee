package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/** Surface charts: levels, contour segments on the level sets, and paths drawn up to a step. */
class SurfaceChartTest {
    private static final DoubleBinaryOperator BOWL = (x, y) -> x * x + 4 * y * y;

    @Test
    void logLevelsRiseByEqualRatiosAboveTheMinimum() {
        double[] levels = SurfaceChart.of(BOWL, -2, 2, -1, 1).levels(6, true).levels();
        assertEquals(6, levels.length);
        // levels[i] = f_min + a r^i, so successive gaps grow by the same ratio r.
        double ratio = (levels[2] - levels[1]) / (levels[1] - levels[0]);
        assertTrue(ratio > 1.5, "ratio " + ratio);
        for (int i = 2; i < levels.length; i++) {
            assertEquals(ratio, (levels[i] - levels[i - 1]) / (levels[i - 1] - levels[i - 2]), 1e-9 * ratio);
        }
        assertTrue(levels[5] < 8, "the top level lies below the largest value, 8");
    }

    @Test
    void everyContourSegmentEndLiesOnItsLevelSet() {
        double[] levels = {0.5, 1, 2};
        ContourLines lines = ContourLines.of(BOWL, -2, 2, -1, 1, 81, levels);
        assertTrue(lines.segments() > 100, "too few segments: " + lines.segments());
        double[] xs = lines.xs();
        double[] ys = lines.ys();
        for (int i = 0; i < xs.length; i += 3) {
            double a = BOWL.applyAsDouble(xs[i], ys[i]);
            double b = BOWL.applyAsDouble(xs[i + 1], ys[i + 1]);
            // Linear interpolation along a 0.05-wide cell edge is off by at most about h²f''/8.
            double level = levels[nearest(levels, a)];
            assertEquals(level, a, 0.003, "segment " + i / 3);
            assertEquals(level, b, 0.003, "segment " + i / 3);
            assertTrue(Double.isNaN(xs[i + 2]) && Double.isNaN(ys[i + 2]), "segments are separated by NaN");
        }
    }

    @Test
    void framesHaveTheChartsSizeAndDifferOnlyWhereThePathGrew() {
        double[] xs = {-1.5, -1, -0.5, 0};
        double[] ys = {0.8, 0.4, 0.2, 0};
        SurfaceChart chart = SurfaceChart.of(BOWL, -2, 2, -1, 1).title("bowl").size(600, 400).path("SGD", xs, ys)
                .point("minimum", 0, 0);
        BufferedImage start = chart.imageAt(0, "bowl");
        BufferedImage end = chart.imageAt(3, "bowl");
        assertEquals(600, start.getWidth());
        assertEquals(400, start.getHeight());
        int differing = 0;
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 600; x++) {
                differing += start.getRGB(x, y) != end.getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(differing > 200 && differing < 600 * 400 / 10, differing + " pixels differ");
    }

    @Test
    void badInputIsRefusedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> SurfaceChart.of(BOWL, 1, -1, 0, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SurfaceChart.of(BOWL, -1, 1, -1, 1).path("SGD", new double[] {0, 1}, new double[] {0}));
        assertEquals("path \"SGD\" needs as many x as y coordinates, at least one; got 2 and 1", e.getMessage());
    }

    private static int nearest(double[] levels, double value) {
        int best = 0;
        for (int i = 1; i < levels.length; i++) {
            if (Math.abs(levels[i] - value) < Math.abs(levels[best] - value)) {
                best = i;
            }
        }
        return best;
    }
}
