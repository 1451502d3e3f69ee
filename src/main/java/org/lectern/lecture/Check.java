package org.lectern.lecture;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Checks for exercise cells: a student computes a number, the check says whether it meets the
 * stated bar, with the reason and a hint, never a stack trace.
 *
 * <pre>{@code
 * Check.that("final reconstruction loss", history.lastLoss()).isBelow(0.07)
 *      .hint("train longer or raise the learning rate")
 * }</pre>
 */
public final class Check {
    private Check() {
    }

    /** Starts a check of a named number. */
    public static NumberCheck that(String what, double value) {
        return new NumberCheck(what, value);
    }

    /** A number waiting for its bar. */
    public static final class NumberCheck {
        private final String what;
        private final double value;

        private NumberCheck(String what, double value) {
            this.what = what;
            this.value = value;
        }

        /** Passes if the value is below {@code bar}. */
        public CheckResult isBelow(double bar) {
            return result(value < bar, "below " + number(bar));
        }

        /** Passes if the value is above {@code bar}. */
        public CheckResult isAbove(double bar) {
            return result(value > bar, "above " + number(bar));
        }

        /** Passes if the value lies in {@code [low, high]}. */
        public CheckResult isBetween(double low, double high) {
            return result(value >= low && value <= high, "between " + number(low) + " and " + number(high));
        }

        private CheckResult result(boolean passed, String bar) {
            boolean ok = passed && !Double.isNaN(value);
            return new CheckResult(ok, what + " is " + number(value) + (ok ? ", " : ", not ") + bar, "");
        }
    }

    /**
     * The outcome of a check, shown as one line: {@code PASS: ...} or {@code FAIL: ... Hint: ...}.
     *
     * @param passed  whether the bar was met
     * @param message what was measured against what
     * @param hint    what to try when it fails; empty for none
     */
    public record CheckResult(boolean passed, String message, String hint) {
        /** Returns this result with a hint shown when it fails. */
        public CheckResult hint(String text) {
            return new CheckResult(passed, message, text);
        }

        @Override
        public String toString() {
            return passed ? "PASS: " + message
                    : "FAIL: " + message + (hint.isEmpty() ? "" : ". Hint: " + hint);
        }
    }

    /** Returns a number with at most four significant digits and no trailing zeros (0.0654, 90, 1.5e-07). */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
        return Math.abs(value) >= 1e-4 && Math.abs(value) < 1e9 || value == 0 ? rounded.toPlainString() : rounded.toString();
    }
}
