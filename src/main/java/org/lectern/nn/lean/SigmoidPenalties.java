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

    /** Returns what the penalties add to the batch's mean loss, for the layer's outputs {@code h} and weights. */
    double loss(INDArray h, INDArray weights) {
        return (klSparsity.active() ? klSparsity.loss(h) : 0)
                + (contractive.active() ? contractive.loss(h, weights) : 0);
    }

    /**
     * Adds the penalties' gradient with respect to the pre-activations to {@code delta} {@code [B, units]},
     * which holds the rest of that gradient: {@code h (1 - h)} times
     * {@code beta / B * (-rho / rho_hat_j + (1 - rho) / (1 - rho_hat_j))} (KL sparsity) plus
     * {@code 2 lambda / B * h (1 - h) (1 - 2 h) S_j} with {@code S_j = sum_i W_ij^2} (contractive).
     */
    void addPreActivationGradient(INDArray delta, INDArray h, INDArray weights) {
        long rows = h.rows();
        INDArray slope = h.rsub(1.0).muli(h);
        INDArray throughH = Nd4j.zeros(h.dataType(), h.shape());
        if (klSparsity.active()) {
            double[] meanGradients = klSparsity.meanGradients(h);
            throughH.addiRowVector(Nd4j.createFromArray(meanGradients).castTo(h.dataType())
                    .reshape(1, meanGradients.length).divi(rows));
        }
        if (contractive.active()) {
            INDArray columnSquares = weights.mul(weights).sum(true, 0);
            throughH.addi(h.mul(-2.0).addi(1.0).muli(slope).mulRowVector(columnSquares)
                    .muli(2 * contractive.lambda() / rows));
        }
        delta.addi(throughH.muli(slope));
    }

    /** Returns whether the weights have a direct gradient term (a contractive penalty). */
    boolean touchesWeights() {
        return contractive.active();
    }

    /** Returns {@code k_j = 2 lambda / B * sum_n (h_nj (1 - h_nj))^2}, the factor of {@code W_ij} in the weights' direct gradient. */
    INDArray weightFactors(INDArray h) {
        INDArray slope = h.rsub(1.0).muli(h);
        return slope.muli(slope).sum(true, 0).muli(2 * contractive.lambda() / h.rows());
    }
}
