package org.lectern.nn;

import java.util.Locale;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The sparse autoencoder's KL-divergence penalty on a sigmoid layer:
 * {@code beta * sum_j KL(rho || rho_hat_j) = beta * sum_j [rho log(rho / rho_hat_j) + (1 - rho) log((1 - rho) / (1 - rho_hat_j))]},
 * where {@code rho_hat_j} is unit {@code j}'s mean activation over the batch and {@code rho} the target
 * activation. It is added once per batch to the batch's mean loss, so its gradient with respect to
 * one activation {@code h_nj} of a batch of {@code B} is
 * {@code beta / B * (-rho / rho_hat_j + (1 - rho) / (1 - rho_hat_j))}.
 *
 * <pre>{@code
 * Autoencoder sparse = Autoencoder.builder().hidden(256, Activation.SIGMOID).klSparsity(0.05, 3).build();
 * }</pre>
 *
 * <p>{@code rho_hat_j} is kept within {@code [1e-6, 1 - 1e-6]} in the loss and its gradient alike, so
 * a unit whose sigmoid saturates over a whole batch (1.0 exactly in float) gives a large, finite penalty.
 *
 * @param rho  the target mean activation, strictly between 0 and 1
 * @param beta the strength, at least 0 (0 is no penalty)
 */
public record KlSparsity(double rho, double beta) {
    /** No penalty: strength 0 (its {@code rho}, the tutorial's example 0.2, is never used). */
    public static final KlSparsity NONE = new KlSparsity(0.2, 0);

    /** How close to 0 or 1 a unit's mean activation may come before it is held there. */
    private static final double MEAN_LIMIT = 1e-6;

    /** Checks that rho lies strictly between 0 and 1 and that beta is a finite number of at least 0. */
    public KlSparsity {
        if (!(rho > 0 && rho < 1)) {
            throw new IllegalArgumentException("the KL sparsity target rho is a mean sigmoid activation, strictly between "
                    + "0 and 1 (e.g. 0.05); got " + rho);
        }
        if (!(beta >= 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("the KL sparsity strength beta must be a finite number >= 0 (0 = none); got "
                    + beta);
        }
    }

    /** Returns the penalty pulling each unit's mean activation towards {@code rho} with strength {@code beta}. */
    public static KlSparsity of(double rho, double beta) {
        return new KlSparsity(rho, beta);
    }

    /** Returns whether there is a penalty at all ({@code beta > 0}). */
    public boolean active() {
        return beta > 0;
    }

    /**
     * Checks that a layer with {@code activation} can carry this penalty: a sigmoid, whose outputs
     * and their mean lie in (0, 1) as a probability {@code rho} does.
     *
     * @throws IllegalArgumentException saying what to use instead
     */
    public void requireSigmoid(Activation activation) {
        if (active() && activation != Activation.SIGMOID) {
            throw new IllegalArgumentException("KL sparsity compares each unit's mean activation with the target rho, "
                    + "a probability in (0, 1), so it needs a sigmoid layer; this layer is "
                    + activation.name().toLowerCase(Locale.ROOT) + ": use .hidden(units, Activation.SIGMOID).klSparsity("
                    + number(rho) + ", " + number(beta) + ")");
        }
    }

    /** Returns the penalty for a batch of activations {@code [examples, units]}: {@code beta * sum_j KL(rho || rho_hat_j)}. */
    public double loss(INDArray activations) {
        return lossAtMeans(unitMeans(activations));
    }

    /** Returns the penalty for units whose mean activations over the batch are {@code means}. */
    public double lossAtMeans(double[] means) {
        double sum = 0;
        for (double divergence : divergencesAtMeans(means)) {
            sum += divergence;
        }
        return beta * sum;
    }

    /** Returns {@code KL(rho || rho_hat_j)} of each unit {@code j} for a batch of activations {@code [examples, units]}. */
    public double[] divergences(INDArray activations) {
        return divergencesAtMeans(unitMeans(activations));
    }

    /** Returns {@code KL(rho || rho_hat_j)} of each unit {@code j} whose mean activation is {@code means[j]}. */
    public double[] divergencesAtMeans(double[] means) {
        double[] divergences = new double[means.length];
        for (int j = 0; j < means.length; j++) {
            double mean = clampedMean(means[j]);
            divergences[j] = rho * Math.log(rho / mean) + (1 - rho) * Math.log((1 - rho) / (1 - mean));
        }
        return divergences;
    }

    /**
     * Returns the derivative of the penalty with respect to each unit's mean activation over the batch,
     * {@code beta * (-rho / rho_hat_j + (1 - rho) / (1 - rho_hat_j))} at {@code rho_hat = means}; each
     * activation's own gradient is this divided by the batch size.
     */
    public double[] gradientsAtMeans(double[] means) {
        double[] gradients = new double[means.length];
        for (int j = 0; j < means.length; j++) {
            double mean = clampedMean(means[j]);
            gradients[j] = beta * (-rho / mean + (1 - rho) / (1 - mean));
        }
        return gradients;
    }

    private static double[] unitMeans(INDArray activations) {
        return activations.castTo(DataType.DOUBLE).mean(0).toDoubleVector();
    }

    /** Returns a unit's batch mean held within {@code [1e-6, 1 - 1e-6]}. */
    private static double clampedMean(double mean) {
        return Math.min(1 - MEAN_LIMIT, Math.max(MEAN_LIMIT, mean));
    }

    /** Returns e.g. {@code KL sparsity rho 0.05 beta 3}. */
    @Override
    public String toString() {
        return "KL sparsity rho " + number(rho) + " beta " + number(beta);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+(e|$)", "$1");
    }
}
