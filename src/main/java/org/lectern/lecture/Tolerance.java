package org.lectern.lecture;

/**
 * How far a value may be from an expected one, as in Python's {@code math.isclose}: it is close
 * when {@code |value - expected| <= max(absolute, relative * |expected|)}.
 *
 * <pre>{@code
 * Tolerance.absolute(1e-3)      // within 0.001
 * Tolerance.relative(0.01)      // within 1 % of the expected value
 * Tolerance.of(1e-6, 0.01)      // 1 %, but at least 1e-6 (for expected values near 0)
 * }</pre>
 *
 * @param absolute the largest difference allowed whatever the expected value, 0 or more
 * @param relative the largest difference allowed as a fraction of {@code |expected|}, 0 or more
 */
public record Tolerance(double absolute, double relative) {
    /** Checks that both tolerances are finite and 0 or more, and not both 0. */
    public Tolerance {
        if (!(absolute >= 0 && relative >= 0) || Double.isInfinite(absolute) || Double.isInfinite(relative)) {
            throw new IllegalArgumentException("a tolerance is a finite number, 0 or more; got absolute " + absolute
                    + ", relative " + relative);
        }
        if (absolute == 0 && relative == 0) {
            throw new IllegalArgumentException("a tolerance of 0 asks for exact equality; use isBetween(x, x) for that");
        }
    }

    /** Returns a tolerance of at most {@code difference} either way. */
    public static Tolerance absolute(double difference) {
        return new Tolerance(difference, 0);
    }

    /** Returns a tolerance of at most {@code fraction} of the expected value either way, e.g. 0.01 for 1 %. */
    public static Tolerance relative(double fraction) {
        return new Tolerance(0, fraction);
    }

    /** Returns a tolerance of the larger of an absolute difference and a fraction of the expected value. */
    public static Tolerance of(double absolute, double relative) {
        return new Tolerance(absolute, relative);
    }

    /** Returns the largest difference allowed from {@code expected}. */
    public double allowedAround(double expected) {
        return Math.max(absolute, relative * Math.abs(expected));
    }

    /** Returns whether {@code value} is close to {@code expected}; NaN never is. */
    public boolean accepts(double value, double expected) {
        return Math.abs(value - expected) <= allowedAround(expected);
    }

    /** Returns the tolerance as the bar says it, e.g. {@code ± 0.001} or {@code ± 1%}. */
    String describe() {
        String abs = "± " + SignificantDigits.format(absolute);
        String rel = "± " + SignificantDigits.format(relative * 100) + "%";
        if (relative == 0) {
            return abs;
        }
        return absolute == 0 ? rel : rel + " (at least " + abs + ")";
    }
}
