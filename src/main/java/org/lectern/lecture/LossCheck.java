package org.lectern.lecture;

/**
 * Whether a loss history goes down. "Decreasing" here tolerates noise, as training losses have:
 * the check passes when every loss is a number, the last is below the first, and no epoch ends
 * more than {@link #noise(double) noise} (default 10 %) above the lowest loss of the epochs
 * before it. So one noisy epoch a few percent up passes; a loss that climbs back, diverges or
 * becomes NaN fails.
 *
 * <pre>{@code
 * Check.loss("training loss", history).hint("lower the learning rate").decreases();
 * Check.loss("training loss", history).noise(0.02).decreases();   // stricter: 2 %
 * }</pre>
 */
public final class LossCheck extends CheckBuilder<LossCheck> {
    /** The rise above the best loss so far that counts as noise unless set otherwise: 10 %. */
    public static final double DEFAULT_NOISE = 0.1;

    private final double[] losses;
    private double noise = DEFAULT_NOISE;

    LossCheck(String what, double[] losses) {
        super(what);
        this.losses = losses == null ? new double[0] : losses.clone();
    }

    /** Sets how far above its lowest value so far the loss may rise in one epoch, as a fraction (0.1 = 10 %). */
    public LossCheck noise(double fraction) {
        if (!(fraction >= 0) || Double.isInfinite(fraction)) {
            throw new IllegalArgumentException("noise is a fraction, 0 or more (0.1 for 10 %); got " + fraction);
        }
        noise = fraction;
        return this;
    }

    /** Passes if the losses go down as described above. */
    public CheckResult decreases() {
        if (losses.length < 2) {
            return unmeasurable(what() + " has " + losses.length + " epoch" + (losses.length == 1 ? "" : "s")
                    + ", not the 2 or more a decrease needs");
        }
        for (int i = 0; i < losses.length; i++) {
            if (!Double.isFinite(losses[i])) {
                return verdict(false, what() + " is " + losses[i] + " at epoch " + (i + 1) + ", not a number that decreases");
            }
        }
        String tolerated = percent(noise) + " above its lowest so far";
        double lowest = losses[0];
        for (int i = 1; i < losses.length; i++) {
            if (losses[i] > lowest * (1 + noise)) {
                return verdict(false, what() + " rises to " + SignificantDigits.format(losses[i]) + " at epoch " + (i + 1)
                        + ", " + percent(losses[i] / lowest - 1) + " above its lowest so far ("
                        + SignificantDigits.format(lowest) + "), not decreasing: at most " + tolerated + " is noise");
            }
            lowest = Math.min(lowest, losses[i]);
        }
        double first = losses[0];
        double last = losses[losses.length - 1];
        String span = SignificantDigits.format(first) + " to " + SignificantDigits.format(last) + " over "
                + losses.length + " epochs";
        if (!(last < first)) {
            return verdict(false, what() + " goes from " + span + ", not decreasing: the last loss must be below the first");
        }
        return verdict(true, what() + " decreases from " + span + ", never more than " + tolerated);
    }

    private static String percent(double fraction) {
        return SignificantDigits.format(fraction * 100) + "%";
    }
}
