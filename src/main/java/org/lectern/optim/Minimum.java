package org.lectern.optim;

/**
 * A known minimum of a surface.
 *
 * @param at     where it is
 * @param value  the surface's value there
 * @param global true if no other minimum of the surface is lower
 */
public record Minimum(Point at, double value, boolean global) {
    /** Returns e.g. {@code global minimum (3, 0.5), f = 0}. */
    @Override
    public String toString() {
        // Newton's method leaves values like 1e-31 where the exact minimum is 0.
        double shown = Math.abs(value) < 1e-12 ? 0 : value;
        return (global ? "global" : "local") + " minimum " + at + ", f = " + Numbers.format(shown);
    }
}
