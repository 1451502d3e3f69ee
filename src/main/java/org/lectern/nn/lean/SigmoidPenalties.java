package org.lectern.nn.lean;

import org.lectern.nn.ContractivePenalty;
import org.lectern.nn.KlSparsity;
import org.lectern.nn.LayerSpec;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The KL sparsity and contractive penalties of one sigmoid layer on the lean engine, for the mean
 * loss over a batch of {@code B}: their loss terms, their gradient with respect to the layer's
 * pre-activations ({@code h (1 - h)} times the gradient with respect to {@code h}), and the
 * contractive penalty's direct gradient with respect to the weights,
 * {@code 2 lambda / B * W_ij * sum_n (h_nj (1 - h_nj))^2}. They work on whole arrays with ND4J
 * operations rather than fused kernels: a few passes over a {@code [B, units]} array beside the
 * layer's matrix products.
 */
final class SigmoidPenalties {
    private final KlSparsity klSparsity;
    private final ContractivePenalty contractive;

    /** What the last forward pass found for the contractive penalty, reused by the backward pass on the same batch. */
    private INDArray slopeSquares;
    private INDArray columnSquares;
    private INDArray slopeSquareSums;

    private SigmoidPenalties(KlSparsity klSparsity, ContractivePenalty contractive) {
        this.klSparsity = klSparsity;
        this.contractive = contractive;
    }

    /** Returns the layer's KL sparsity and contractive penalties, or null if it has neither. */
    static SigmoidPenalties of(LayerSpec layer) {
        return layer.klSparsity().active() || layer.contractive().active()
                ? new SigmoidPenalties(layer.klSparsity(), layer.contractive())
                : null;
    }

    /**
     * Returns what the penalties add to the batch's mean loss, for the layer's outputs {@code h}
     * {@code [B, units]} and weights, and keeps {@code (h (1 - h))^2}, its column sums and
     * {@code S_j = sum_i W_ij^2} for the backward pass on the same batch.
     */
    double forward(INDArray h, INDArray weights) {
        double loss = klSparsity.active() ? klSparsity.loss(h) : 0;
        if (contractive.active()) {
            slopeSquares = h.rsub(1.0).muli(h);
            slopeSquares.muli(slopeSquares);
            slopeSquareSums = slopeSquares.sum(true, 0);
            columnSquares = weights.mul(weights).sum(true, 0);
            loss += contractive.lambda() / h.rows() * slopeSquareSums.mul(columnSquares).sumNumber().doubleValue();
        }
        return loss;
    }

    /**
     * Adds the penalties' gradient with respect to the pre-activations to {@code delta} {@code [B, units]},
     * which holds the rest of that gradient: {@code h (1 - h)} times
     * {@code beta / B * (-rho / rho_hat_j + (1 - rho) / (1 - rho_hat_j))} (KL sparsity), plus
     * {@code 2 lambda / B * (h (1 - h))^2 (1 - 2 h) S_j} (contractive).
     */
    void addPreActivationGradient(INDArray delta, INDArray h) {
        long rows = h.rows();
        if (klSparsity.active()) {
            double[] meanGradients = klSparsity.meanGradients(h);
            INDArray perUnit = Nd4j.createFromArray(meanGradients).castTo(h.dataType())
                    .reshape(1, meanGradients.length).divi(rows);
            delta.addi(h.rsub(1.0).muli(h).muliRowVector(perUnit));
        }
        if (contractive.active()) {
            delta.addi(h.mul(-2.0).addi(1.0).muli(slopeSquares).muliRowVector(columnSquares)
                    .muli(2 * contractive.lambda() / rows));
        }
    }

    /** Returns whether the weights have a direct gradient term (a contractive penalty). */
    boolean touchesWeights() {
        return contractive.active();
    }

    /**
     * Returns {@code k_j = 2 lambda / B * sum_n (h_nj (1 - h_nj))^2}, the factor of {@code W_ij} in the
     * weights' direct gradient, for the batch of the last forward pass.
     */
    INDArray weightFactors(long rows) {
        return slopeSquareSums.mul(2 * contractive.lambda() / rows);
    }
}
