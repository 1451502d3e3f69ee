package org.lectern.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The test surfaces: analytic gradients against finite differences, and minima where the literature puts them. */
class SurfacesTest {

    @Test
    void everyGradientMatchesCentralFiniteDifferencesAtRandomPoints() {
        SplittableRandom random = new SplittableRandom(8);
        for (Surface s : Surfaces.all()) {
            for (int i = 0; i < 50; i++) {
                Domain d = s.domain();
                double x = d.xMin() + random.nextDouble() * d.width();
                double y = d.yMin() + random.nextDouble() * d.height();
                double h = 1e-5;
                double dx = (s.value(x + h, y) - s.value(x - h, y)) / (2 * h);
                double dy = (s.value(x, y + h) - s.value(x, y - h)) / (2 * h);
                double[] g = s.gradient(x, y);
                double scale = 1 + Math.abs(s.value(x, y));
                assertEquals(dx, g[0], 1e-6 * scale, s.name() + " df/dx at (" + x + ", " + y + ")");
                assertEquals(dy, g[1], 1e-6 * scale, s.name() + " df/dy at (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void everyMinimumIsAStationaryPointWithNoLowerNeighbour() {
        for (Surface s : Surfaces.all()) {
            assertFalse(s.minima().isEmpty(), s.name());
            for (Minimum m : s.minima()) {
                double[] g = s.gradient(m.at());
                assertEquals(0, Math.hypot(g[0], g[1]), 1e-9, s.name() + " gradient at " + m);
                for (int k = 0; k < 8; k++) {
                    double angle = k * Math.PI / 4;
                    double nearby = s.value(m.at().x() + 1e-3 * Math.cos(angle), m.at().y() + 1e-3 * Math.sin(angle));
                    assertTrue(nearby > m.value(), s.name() + ": a neighbour of " + m + " is lower");
                }
                assertTrue(s.domain().contains(m.at()), s.name() + " " + m);
            }
            assertTrue(s.domain().contains(s.start()), s.name());
        }
    }

    @Test
    void theMinimaAreWhereTheLiteratureSaysTheyAre() {
        assertMinima(Surfaces.bowl(), 0, 0, 0);
        assertMinima(Surfaces.rosenbrock(), 0, 1, 1);
        assertMinima(Surfaces.beale(), 0, 3, 0.5);
        assertMinima(Surfaces.himmelblau(), 0, 3, 2, -2.805118, 3.131312, -3.779310, -3.283186, 3.584428, -1.848126);
        assertMinima(Surfaces.saddle(), -1, 0, Math.sqrt(2), 0, -Math.sqrt(2));
        assertTrue(Surfaces.himmelblau().minima().stream().allMatch(Minimum::global), "Himmelblau's four minima are all 0");
    }

    @Test
    void theTwoMinimaSurfaceHasAShallowLocalMinimumBesideTheGlobalOne() {
        List<Minimum> minima = Surfaces.twoMinima().minima();
        assertEquals(2, minima.size());
        Minimum local = minima.get(0);
        Minimum global = minima.get(1);
        assertFalse(local.global());
        assertTrue(global.global());
        // x⁴ - 2x² + 0.5x has its stationary points at the roots of 4x³ - 4x + 0.5.
        assertEquals(0, 4 * Math.pow(local.at().x(), 3) - 4 * local.at().x() + 0.5, 1e-12);
        assertEquals(0.9304, local.at().x(), 1e-4);
        assertEquals(-1.0575, global.at().x(), 1e-4);
        assertTrue(global.value() < local.value() - 0.9, local + " vs " + global);
        assertEquals(-1.0575, Surfaces.twoMinima().lowestValue(), 0.5);
    }

    @Test
    void aStudentAddsASurfaceAsALambdaPair() {
        Surface mine = Surface.of("tilted bowl", (x, y) -> x * x + 3 * y * y + x * y,
                        (x, y) -> new double[] {2 * x + y, 6 * y + x})
                .domain(-3, 3, -3, 3).start(-2.5, 2).minimum(0.3, -0.2);
        assertEquals(Point.of(0, 0).distanceTo(mine.minima().get(0).at()), 0, 1e-12);
        assertEquals("tilted bowl", mine.title());
        assertEquals(Point.of(-2.5, 2), mine.start());
    }

    @Test
    void aSaddleOrAMaximumIsRefusedAsAMinimum() {
        IllegalArgumentException saddle = assertThrows(IllegalArgumentException.class,
                () -> Surfaces.saddle().minimum(0.01, 0.01));
        assertTrue(saddle.getMessage().contains("saddle or a maximum"), saddle.getMessage());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> Surfaces.bowl().start(10, 0));
        assertEquals("the start (10, 0) of \"bowl\" lies outside its domain x in [-6, 6], y in [-3, 3]; "
                + "widen the domain or move the point", outside.getMessage());
        IllegalStateException badGradient = assertThrows(IllegalStateException.class,
                () -> Surface.of("bad", (x, y) -> x, (x, y) -> new double[] {1}).gradient(0, 0));
        assertTrue(badGradient.getMessage().contains("two numbers"), badGradient.getMessage());
    }

    private static void assertMinima(Surface s, double value, double... xy) {
        List<Minimum> minima = s.minima();
        assertEquals(xy.length / 2, minima.size(), s.name());
        for (int i = 0; i < xy.length; i += 2) {
            Point expected = Point.of(xy[i], xy[i + 1]);
            Minimum nearest = Trajectory.nearest(minima, expected).orElseThrow();
            assertEquals(0, nearest.at().distanceTo(expected), 1e-5, s.name() + " minimum near " + expected);
            assertEquals(value, nearest.value(), 1e-10, s.name() + " value at " + expected);
        }
    }
}
