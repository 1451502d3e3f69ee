package org.lectern.optim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleBinaryOperator;

/**
 * A 2-D loss surface with an analytic value and gradient, the plot domain it is drawn on, the
 * racers' usual start and its known minima. Immutable: each setter returns a new surface.
 * {@link Surfaces} has the lecture's test surfaces; a student adds their own as a lambda pair:
 *
 * <pre>{@code
 * Surface mine = Surface.of("tilted bowl", (x, y) -> x * x + 3 * y * y + x * y,
 *                                          (x, y) -> new double[] {2 * x + y, 6 * y + x})
 *         .domain(-3, 3, -3, 3).start(-2.5, 2).minimum(0, 0);
 * }</pre>
 */
public final class Surface {
    private final String name;
    private final String formula;
    private final DoubleBinaryOperator value;
    private final SurfaceGradient gradient;
    private final Domain domain;
    private final Point start; // null: the default, which follows the domain
    private final List<Point> minimumPoints;

    private Surface(String name, String formula, DoubleBinaryOperator value, SurfaceGradient gradient, Domain domain,
                    Point start, List<Point> minimumPoints) {
        this.name = name;
        this.formula = formula;
        this.value = value;
        this.gradient = gradient;
        this.domain = domain;
        this.start = start;
        this.minimumPoints = List.copyOf(minimumPoints);
    }

    /**
     * Returns a surface from its value and gradient, on the domain [-3, 3] x [-3, 3], with no known
     * minima yet (add them with {@link #minimum(double, double)}). Until {@link #start} is set the
     * racers start a tenth of the way in from the domain's top-left corner.
     */
    public static Surface of(String name, DoubleBinaryOperator value, SurfaceGradient gradient) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a surface needs a name, such as \"bowl\"");
        }
        Objects.requireNonNull(value, "value: give the surface as a lambda (x, y) -> f(x, y)");
        Objects.requireNonNull(gradient, "gradient: give it as a lambda (x, y) -> new double[] {df/dx, df/dy}");
        return new Surface(name, "", value, gradient, Domain.of(-3, 3, -3, 3), null, List.of());
    }

    /** Returns this surface with a formula shown in titles and tables, e.g. {@code "0.1x² + 2y²"}. */
    public Surface formula(String formula) {
        return new Surface(name, Objects.requireNonNull(formula, "formula"), value, gradient, domain, start, minimumPoints);
    }

    /** Returns this surface drawn on, and its racers kept in, [xMin, xMax] x [yMin, yMax]. */
    public Surface domain(double xMin, double xMax, double yMin, double yMax) {
        Domain wanted = Domain.of(xMin, xMax, yMin, yMax);
        if (start != null) {
            requireInside(wanted, start, "the start");
        }
        minimumPoints.forEach(m -> requireInside(wanted, m, "the minimum"));
        return new Surface(name, formula, value, gradient, wanted, start, minimumPoints);
    }

    /** Returns this surface with the racers' usual start at (x, y), which must lie in the domain. */
    public Surface start(double x, double y) {
        Point p = Point.of(x, y);
        requireInside(domain, p, "the start");
        return new Surface(name, formula, value, gradient, domain, p, minimumPoints);
    }

    /**
     * Returns this surface with a minimum added near (x, y): the point is polished with Newton's
     * method on the gradient, so a guess to a few digits is enough.
     *
     * @throws IllegalArgumentException if there is no minimum near (x, y) (Newton's method does not
     *                                  settle, or settles on a saddle or maximum) or it lies outside the domain
     */
    public Surface minimum(double x, double y) {
        Point exact = Stationary.minimumNear(this, Point.of(x, y));
        requireInside(domain, exact, "the minimum");
        List<Point> more = new ArrayList<>(minimumPoints);
        if (more.stream().noneMatch(m -> m.distanceTo(exact) < 1e-7)) {
            more.add(exact);
        }
        return new Surface(name, formula, value, gradient, domain, start, more);
    }

    /** Returns the surface's value at (x, y). */
    public double value(double x, double y) {
        return value.applyAsDouble(x, y);
    }

    /** Returns the surface's value at p. */
    public double value(Point p) {
        return value(p.x(), p.y());
    }

    /** Returns the gradient {@code {df/dx, df/dy}} at (x, y), a new array. */
    public double[] gradient(double x, double y) {
        double[] g = gradient.at(x, y);
        if (g == null || g.length != 2) {
            throw new IllegalStateException("the gradient of \"" + name + "\" must return two numbers {df/dx, df/dy}; got "
                    + (g == null ? "null" : g.length + " numbers"));
        }
        return g.clone();
    }

    /** Returns the gradient at p. */
    public double[] gradient(Point p) {
        return gradient(p.x(), p.y());
    }

    /** Returns the name. */
    public String name() {
        return name;
    }

    /** Returns the formula, or an empty string if none was given. */
    public String formula() {
        return formula;
    }

    /** Returns the name with the formula, e.g. {@code bowl: 0.1x² + 2y²}. */
    public String title() {
        return formula.isEmpty() ? name : name + ": f = " + formula;
    }

    /** Returns the plot domain. */
    public Domain domain() {
        return domain;
    }

    /** Returns the racers' usual start. */
    public Point start() {
        return start != null ? start
                : Point.of(domain.xMin() + 0.1 * domain.width(), domain.yMax() - 0.1 * domain.height());
    }

    /** Returns the known minima with their values, the lowest marked global, in the order added. */
    public List<Minimum> minima() {
        double lowest = minimumPoints.stream().mapToDouble(this::value).min().orElse(Double.NaN);
        double slack = 1e-9 * Math.max(1, Math.abs(lowest));
        return minimumPoints.stream().map(p -> new Minimum(p, value(p), value(p) <= lowest + slack)).toList();
    }

    /** Returns the lowest known value of the surface, or NaN if no minimum is known. */
    public double lowestValue() {
        return minima().stream().mapToDouble(Minimum::value).min().orElse(Double.NaN);
    }

    /** Returns e.g. {@code Surface "Rosenbrock": f = (1 - x)² + 100(y - x²)², x in [-2, 2], y in [-1, 3], 1 minimum}. */
    @Override
    public String toString() {
        return "Surface \"" + name + "\"" + (formula.isEmpty() ? "" : ": f = " + formula) + ", " + domain + ", "
                + minimumPoints.size() + (minimumPoints.size() == 1 ? " minimum" : " minima");
    }

    private void requireInside(Domain d, Point p, String what) {
        if (!d.contains(p)) {
            throw new IllegalArgumentException(what + " " + p + " of \"" + name + "\" lies outside its domain " + d
                    + "; widen the domain or move the point");
        }
    }
}
