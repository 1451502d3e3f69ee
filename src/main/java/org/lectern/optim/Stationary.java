package org.lectern.optim;

/**
 * Finds the exact minimum near a guess with Newton's method on the gradient (Jacobian by central
 * differences of the analytic gradient). Written here because it is ten lines on a 2x2 system.
 */
final class Stationary {
    private static final int MAX_ITERATIONS = 100;

    private Stationary() {
    }

    /** Returns the minimum Newton's method reaches from {@code guess}; throws if it reaches none. */
    static Point minimumNear(Surface surface, Point guess) {
        if (!guess.isFinite()) {
            throw new IllegalArgumentException("a minimum needs finite coordinates; got " + guess);
        }
        Point p = guess;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double[] g = surface.gradient(p);
            double[][] h = hessian(surface, p);
            double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
            if (!(Math.abs(det) > 0)) {
                throw noMinimum(surface, guess, "the Hessian is singular at " + p);
            }
            double dx = (h[1][1] * g[0] - h[0][1] * g[1]) / det;
            double dy = (h[0][0] * g[1] - h[1][0] * g[0]) / det;
            Point next = Point.of(p.x() - dx, p.y() - dy);
            if (!next.isFinite() || next.distanceTo(guess) > 1 + 10 * Math.hypot(guess.x(), guess.y())) {
                throw noMinimum(surface, guess, "Newton's method wandered off to " + next);
            }
            p = next;
            if (Math.hypot(dx, dy) <= 1e-14 * (1 + Math.hypot(p.x(), p.y()))) {
                break;
            }
        }
        double[] g = surface.gradient(p);
        double scale = 1 + Math.abs(surface.value(p));
        if (Math.hypot(g[0], g[1]) > 1e-8 * scale) {
            throw noMinimum(surface, guess, "Newton's method did not settle (gradient " + Numbers.format(Math.hypot(g[0], g[1]))
                    + " at " + p + ")");
        }
        double[][] h = hessian(surface, p);
        boolean positiveDefinite = h[0][0] > 0 && h[0][0] * h[1][1] - h[0][1] * h[1][0] > 0;
        if (!positiveDefinite) {
            throw noMinimum(surface, guess, "the nearest stationary point " + p + " is a saddle or a maximum");
        }
        return p;
    }

    private static double[][] hessian(Surface surface, Point p) {
        double hx = 1e-6 * (1 + Math.abs(p.x()));
        double hy = 1e-6 * (1 + Math.abs(p.y()));
        double[] gxPlus = surface.gradient(p.x() + hx, p.y());
        double[] gxMinus = surface.gradient(p.x() - hx, p.y());
        double[] gyPlus = surface.gradient(p.x(), p.y() + hy);
        double[] gyMinus = surface.gradient(p.x(), p.y() - hy);
        double hxx = (gxPlus[0] - gxMinus[0]) / (2 * hx);
        double hyy = (gyPlus[1] - gyMinus[1]) / (2 * hy);
        double hxy = ((gyPlus[0] - gyMinus[0]) / (2 * hy) + (gxPlus[1] - gxMinus[1]) / (2 * hx)) / 2;
        return new double[][] {{hxx, hxy}, {hxy, hyy}};
    }

    private static IllegalArgumentException noMinimum(Surface surface, Point guess, String why) {
        return new IllegalArgumentException("no minimum of \"" + surface.name() + "\" near " + guess + ": " + why
                + "; give a point closer to the minimum you mean");
    }
}
