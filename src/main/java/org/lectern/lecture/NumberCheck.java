package org.lectern.lecture;

/**
 * A number waiting for its bar: below, above, between two values, or close to an expected value.
 * NaN meets no bar.
 *
 * <pre>{@code
 * Check.that("final loss", history.last().loss()).hint("train longer").isBelow(0.07);
 * Check.that("mean of the code", mean).isCloseTo(0.5, Tolerance.absolute(0.01));
 * }</pre>
 */
public final class NumberCheck extends CheckBuilder<NumberCheck> {
    private final double value;

    NumberCheck(String what, double value) {
        super(what);
        this.value = value;
    }

    /** Passes if the value is below {@code bar}. */
    public CheckResult isBelow(double bar) {
        return result(value < bar, "below " + SignificantDigits.format(bar));
    }

    /** Passes if the value is above {@code bar}. */
    public CheckResult isAbove(double bar) {
        return result(value > bar, "above " + SignificantDigits.format(bar));
    }

    /** Passes if the value lies in {@code [low, high]}. */
    public CheckResult isBetween(double low, double high) {
        return result(value >= low && value <= high,
                "between " + SignificantDigits.format(low) + " and " + SignificantDigits.format(high));
    }

    /** Passes if the value is within {@code tolerance} of {@code expected}. */
    public CheckResult isCloseTo(double expected, Tolerance tolerance) {
        return result(tolerance.accepts(value, expected),
                "within " + tolerance.describe() + " of " + SignificantDigits.format(expected));
    }

    /** Passes if the value differs from {@code expected} by at most {@code absoluteTolerance}. */
    public CheckResult isCloseTo(double expected, double absoluteTolerance) {
        return isCloseTo(expected, Tolerance.absolute(absoluteTolerance));
    }

    private CheckResult result(boolean passed, String bar) {
        boolean ok = passed && !Double.isNaN(value);
        return verdict(ok, what() + " is " + SignificantDigits.format(value) + (ok ? ", " : ", not ") + bar);
    }
}
