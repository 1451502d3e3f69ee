package org.lectern.optim;

/**
 * The analytic gradient of a 2-D surface: {@code (x, y) -> new double[] {df/dx, df/dy}}.
 *
 * <pre>{@code
 * SurfaceGradient bowl = (x, y) -> new double[] {0.2 * x, 4 * y};   // of 0.1x^2 + 2y^2
 * }</pre>
 */
@FunctionalInterface
public interface SurfaceGradient {
    /** Returns {@code {df/dx, df/dy}} at (x, y), a new two-element array. */
    double[] at(double x, double y);
}
