package org.lectern.optim;

/**
 * The rectangle a surface is plotted on, and the field a racer must stay in: a racer that
 * leaves it is stopped and counted as diverged.
 *
 * @param xMin left edge
 * @param xMax right edge, above {@code xMin}
 * @param yMin bottom edge
 * @param yMax top edge, above {@code yMin}
 */
public record Domain(double xMin, double xMax, double yMin, double yMax) {
    /** Checks that both ranges are finite and not empty. */
    public Domain {
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && Double.isFinite(yMin) && Double.isFinite(yMax))) {
            throw new IllegalArgumentException("a domain needs finite edges; got x in [" + xMin + ", " + xMax
                    + "], y in [" + yMin + ", " + yMax + "]");
        }
        if (xMin >= xMax || yMin >= yMax) {
            throw new IllegalArgumentException("a domain needs xMin < xMax and yMin < yMax; got x in [" + xMin + ", "
                    + xMax + "], y in [" + yMin + ", " + yMax + "]");
        }
    }

    /** Returns the rectangle [xMin, xMax] x [yMin, yMax]. */
    public static Domain of(double xMin, double xMax, double yMin, double yMax) {
        return new Domain(xMin, xMax, yMin, yMax);
    }

    /** Returns true if the point lies inside the rectangle or on its edge. */
    public boolean contains(Point p) {
        return p.x() >= xMin && p.x() <= xMax && p.y() >= yMin && p.y() <= yMax;
    }

    /** Returns the width, {@code xMax - xMin}. */
    public double width() {
        return xMax - xMin;
    }

    /** Returns the height, {@code yMax - yMin}. */
    public double height() {
        return yMax - yMin;
    }

    /** Returns e.g. {@code x in [-2, 2], y in [-1, 3]}. */
    @Override
    public String toString() {
        return "x in [" + Numbers.format(xMin) + ", " + Numbers.format(xMax) + "], y in [" + Numbers.format(yMin)
                + ", " + Numbers.format(yMax) + "]";
    }
}
