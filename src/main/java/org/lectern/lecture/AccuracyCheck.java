package org.lectern.lecture;

/**
 * An accuracy in percent against a bar. An accuracy that was not measured (NaN, e.g. a history
 * trained without {@code evaluateOn(..)}) or that is not a percentage fails with the reason.
 *
 * <pre>{@code
 * Check.accuracy("test accuracy", history).hint("train 5 more epochs").isAbove(90);
 * Check.accuracy("nearest-neighbour accuracy", 87.9).isAbove(85);
 * }</pre>
 */
public final class AccuracyCheck extends CheckBuilder<AccuracyCheck> {
    private final double percent;
    private final String missing;

    AccuracyCheck(String what, double percent, String missing) {
        super(what);
        this.percent = percent;
        this.missing = missing;
    }

    /** Passes if the accuracy is above {@code bar} percent. */
    public CheckResult isAbove(double bar) {
        return compare(bar, percent > bar, "above");
    }

    /** Passes if the accuracy is {@code bar} percent or more. */
    public CheckResult isAtLeast(double bar) {
        return compare(bar, percent >= bar, "at least");
    }

    private CheckResult compare(double bar, boolean met, String relation) {
        if (!(bar >= 0 && bar <= 100)) {
            throw new IllegalArgumentException("an accuracy bar is a percentage from 0 to 100; got " + bar);
        }
        String barText = relation + " " + SignificantDigits.format(bar) + "%";
        if (Double.isNaN(percent)) {
            return unmeasurable(what() + " was not measured" + missing + ", so it is not " + barText);
        }
        if (percent < 0 || percent > 100) {
            return unmeasurable(what() + " is " + SignificantDigits.format(percent)
                    + ", not a percentage from 0 to 100 (multiply a fraction by 100)");
        }
        return verdict(met, what() + " is " + SignificantDigits.format(percent) + "%" + (met ? ", " : ", not ") + barText);
    }
}
