package org.lectern.optim;

/**
 * A point of the plane, the two parameters of a 2-D loss surface.
 *
 * @param x the first parameter
 * @param y the second parameter
 */
public record Point(double x, double y) {
    /** Returns the point (x, y). */
    public static Point of(double x, double y) {
        return new Point(x, y);
    }

    /** Returns the Euclidean distance to another point. */
    public double distanceTo(Point other) {
        return Math.hypot(x - other.x, y - other.y);
    }

    /** Returns true if both coordinates are finite (neither NaN nor infinite). */
    public boolean isFinite() {
        return Double.isFinite(x) && Double.isFinite(y);
    }

    /** Returns e.g. {@code (3, 0.5)}, each coordinate with at most four significant digits. */
    @Override
    public String toString() {
        return "(" + Numbers.format(x) + ", " + Numbers.format(y) + ")";
    }
}
