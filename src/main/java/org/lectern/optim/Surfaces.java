package org.lectern.optim;

import java.util.List;

/**
 * The lecture's test surfaces, each with its analytic gradient, a plot domain, a usual start and
 * its known minima (polished to machine precision by {@link Surface#minimum(double, double)}).
 *
 * <pre>{@code
 * RaceResult race = Race.on(Surfaces.rosenbrock()).racer("Adam", new Adam(0.05)).steps(500).run();
 * }</pre>
 */
public final class Surfaces {
    private Surfaces() {
    }

    /**
     * Returns the ill-conditioned quadratic bowl 0.1x² + 2y² (curvature 20 times steeper along y
     * than along x), minimum 0 at (0, 0), start (-5, -2) as in d2l's optimisation chapter.
     */
    public static Surface bowl() {
        return Surface.of("bowl", (x, y) -> 0.1 * x * x + 2 * y * y, (x, y) -> new double[] {0.2 * x, 4 * y})
                .formula("0.1x² + 2y²").domain(-6, 6, -3, 3).start(-5, -2).minimum(0, 0);
    }

    /** Returns Rosenbrock's banana valley (1 - x)² + 100(y - x²)², minimum 0 at (1, 1), start (-1.2, 1). */
    public static Surface rosenbrock() {
        return Surface.of("Rosenbrock", (x, y) -> sq(1 - x) + 100 * sq(y - x * x),
                        (x, y) -> new double[] {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)})
                .formula("(1 - x)² + 100(y - x²)²").domain(-2, 2, -1, 3).start(-1.2, 1).minimum(1, 1);
    }

    /**
     * Returns Beale's function (1.5 - x + xy)² + (2.25 - x + xy²)² + (2.625 - x + xy³)², minimum 0 at
     * (3, 0.5) at the end of a long flat valley, start (1, 1.5).
     */
    public static Surface beale() {
        return Surface.of("Beale", Surfaces::bealeValue, Surfaces::bealeGradient)
                .formula("(1.5 - x + xy)² + (2.25 - x + xy²)² + (2.625 - x + xy³)²")
                .domain(-4.5, 4.5, -4.5, 4.5).start(1, 1.5).minimum(3, 0.5);
    }

    /**
     * Returns Himmelblau's function (x² + y - 11)² + (x + y² - 7)², four minima of value 0 at (3, 2),
     * (-2.805, 3.131), (-3.779, -3.283) and (3.584, -1.848), start (-0.3, -0.9) beside its one maximum
     * (-0.271, -0.923), where the basins meet: plain and normalised optimisers fall into different minima.
     */
    public static Surface himmelblau() {
        return Surface.of("Himmelblau", (x, y) -> sq(x * x + y - 11) + sq(x + y * y - 7),
                        (x, y) -> new double[] {4 * x * (x * x + y - 11) + 2 * (x + y * y - 7),
                            2 * (x * x + y - 11) + 4 * y * (x + y * y - 7)})
                .formula("(x² + y - 11)² + (x + y² - 7)²").domain(-5, 5, -5, 5).start(-0.3, -0.9)
                .minimum(3, 2).minimum(-2.805, 3.131).minimum(-3.779, -3.283).minimum(3.584, -1.848);
    }

    /**
     * Returns a saddle x² + y⁴/4 - y²: a saddle point at (0, 0) between two minima of value -1 at
     * (0, ±√2). The start (-2, 0.001) lies almost on the ridge, where the gradient along y is tiny.
     */
    public static Surface saddle() {
        return Surface.of("saddle", (x, y) -> x * x + y * y * y * y / 4 - y * y,
                        (x, y) -> new double[] {2 * x, y * y * y - 2 * y})
                .formula("x² + y⁴/4 - y²").domain(-2.5, 2.5, -2.5, 2.5).start(-2, 0.001)
                .minimum(0, Math.sqrt(2)).minimum(0, -Math.sqrt(2));
    }

    /**
     * Returns a tilted double well x⁴ - 2x² + 0.5x + y²: a shallow local minimum (f = -0.517) at
     * (0.930, 0) beside the global one (f = -1.515) at (-1.057, 0), a ridge between them at x = 0.127.
     * The start (2.2, 1.5) rolls into the local minimum first.
     */
    public static Surface twoMinima() {
        return Surface.of("two minima", (x, y) -> x * x * x * x - 2 * x * x + 0.5 * x + y * y,
                        (x, y) -> new double[] {4 * x * x * x - 4 * x + 0.5, 2 * y})
                .formula("x⁴ - 2x² + 0.5x + y²").domain(-2.5, 2.5, -2, 2).start(2.2, 1.5)
                .minimum(0.93, 0).minimum(-1.057, 0);
    }

    /** Returns every surface above, in the order they are introduced in the notebook. */
    public static List<Surface> all() {
        return List.of(bowl(), rosenbrock(), beale(), himmelblau(), saddle(), twoMinima());
    }

    private static double bealeValue(double x, double y) {
        return sq(1.5 - x + x * y) + sq(2.25 - x + x * y * y) + sq(2.625 - x + x * y * y * y);
    }

    private static double[] bealeGradient(double x, double y) {
        double a = 1.5 - x + x * y;
        double b = 2.25 - x + x * y * y;
        double c = 2.625 - x + x * y * y * y;
        return new double[] {
            2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1),
            2 * a * x + 4 * b * x * y + 6 * c * x * y * y};
    }

    private static double sq(double v) {
        return v * v;
    }
}
