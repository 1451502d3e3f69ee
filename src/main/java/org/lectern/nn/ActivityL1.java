package org.lectern.nn;

import java.util.Locale;
import java.util.Objects;

/**
 * An L1 penalty on a hidden layer's activations, the sparse autoencoder's "target sparsity
 * factor" {@code rho}. It adds to the gradient of the loss with respect to every activation
 * {@code h} of the layer the term {@code rho * sign(h)} ({@link Reduction#SUM}, the lecture's
 * custom backward) or {@code rho / B * sign(h)} for a batch of {@code B} examples
 * ({@link Reduction#BATCH_MEAN}). The loss this corresponds to, and which the networks report, is
 * the output loss plus {@code rho * sum over the batch and the units of |h|} (SUM) or
 * {@code rho * mean over the batch of sum over the units of |h|} (BATCH_MEAN).
 *
 * <pre>{@code
 * Autoencoder sparse = Autoencoder.builder().hidden(400, Activation.TANH).activityL1(0.1).build();
 * }</pre>
 *
 * @param rho       the strength, at least 0 (0 is no penalty)
 * @param reduction how the penalty adds up over a batch
 */
public record ActivityL1(double rho, Reduction reduction) {
    /** No penalty. */
    public static final ActivityL1 NONE = new ActivityL1(0, Reduction.SUM);

    /** How the penalty adds up over the examples of a batch. */
    public enum Reduction {
        /** The lecture's: every activation's gradient gains {@code rho * sign(h)}, whatever the batch size. */
        SUM,
        /** Per example: every activation's gradient gains {@code rho / B * sign(h)} in a batch of {@code B}. */
        BATCH_MEAN
    }

    /** Checks that rho is a finite number of at least 0. */
    public ActivityL1 {
        if (!(rho >= 0) || Double.isInfinite(rho)) {
            throw new IllegalArgumentException("the L1 activity strength rho must be a finite number >= 0 (0 = none); got "
                    + rho);
        }
        Objects.requireNonNull(reduction, "reduction");
    }

    /** Returns the lecture's penalty: gradient {@code rho * sign(h)} per activation, summed over the batch. */
    public static ActivityL1 sum(double rho) {
        return new ActivityL1(rho, Reduction.SUM);
    }

    /** Returns the penalty averaged over the batch: gradient {@code rho / B * sign(h)} per activation. */
    public static ActivityL1 batchMean(double rho) {
        return new ActivityL1(rho, Reduction.BATCH_MEAN);
    }

    /** Returns whether there is a penalty at all ({@code rho > 0}). */
    public boolean active() {
        return rho > 0;
    }

    /** Returns the factor of {@code sign(h)} in each activation's gradient for a batch of {@code examples}. */
    public double gradientScale(long examples) {
        return reduction == Reduction.SUM ? rho : rho / examples;
    }

    /** Returns the penalty's loss term for a batch of {@code examples} whose activations have {@code sum |h|} = {@code sumAbs}. */
    public double loss(double sumAbs, long examples) {
        return reduction == Reduction.SUM ? rho * sumAbs : rho * sumAbs / examples;
    }

    /** Returns e.g. {@code L1 activity 0.1} or {@code L1 activity 0.1 (batch mean)}. */
    @Override
    public String toString() {
        String strength = String.format(Locale.ROOT, "%.6g", rho).replaceAll("\\.?0+(e|$)", "$1");
        return "L1 activity " + strength + (reduction == Reduction.BATCH_MEAN ? " (batch mean)" : "");
    }
}
