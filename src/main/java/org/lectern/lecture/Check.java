package org.lectern.lecture;

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
            return result(value < bar, "below " + SignificantDigits.format(bar));
        }

        /** Passes if the value is above {@code bar}. */
        public CheckResult isAbove(double bar) {
            return result(value > bar, "above " + SignificantDigits.format(bar));
        }

        /** Passes if the value lies in {@code [low, high]}. */
        public CheckResult isBetween(double low, double high) {
            return result(value >= low && value <= high, "between " + SignificantDigits.format(low) + " and " + SignificantDigits.format(high));
        }

        private CheckResult result(boolean passed, String bar) {
            boolean ok = passed && !Double.isNaN(value);
            return new CheckResult(ok, what + " is " + SignificantDigits.format(value) + (ok ? ", " : ", not ") + bar, "");
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
}
