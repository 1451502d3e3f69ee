package org.lectern.nn;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The computing side of a {@link ContractiveDenseLayer}: DL4J's dense forward pass, and a backward
 * pass that adds the gradient of the contractive penalty
 * {@code P = lambda * sum_n sum_j (h_nj (1 - h_nj))^2 * S_j} with {@code S_j = sum_i W_ij^2}
 * (DL4J sums the loss over the batch and divides by its size at the end). {@code P} reaches the
 * parameters two ways: through {@code h}, {@code dP/dh_nj = 2 lambda h_nj (1 - h_nj) (1 - 2 h_nj) S_j},
 * which joins the incoming gradient before the sigmoid's derivative so that the bias, the weights
 * and the layers below get it by DL4J's own backward pass; and through {@code S_j} directly,
 * {@code dP/dW_ij = 2 lambda W_ij sum_n (h_nj (1 - h_nj))^2}, added to the weight gradient.
 */
final class ContractiveDenseComputation extends BaseLayer<ContractiveDenseLayer> {
    ContractiveDenseComputation(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        applyDropOutIfNecessary(true, workspaceMgr);
        double lambda = layerConf().penalty().lambda();
        INDArray weights = getParamWithNoise(DefaultParamInitializer.WEIGHT_KEY, true, workspaceMgr);
        INDArray bias = getParamWithNoise(DefaultParamInitializer.BIAS_KEY, true, workspaceMgr);
        INDArray h = Transforms.sigmoid(input.castTo(weights.dataType()).mmul(weights).addiRowVector(bias), false);
        INDArray slope = h.rsub(1.0).muli(h);
        INDArray columnSquares = weights.norm2(0);
        columnSquares.muli(columnSquares);
        INDArray throughH = h.muli(-2.0).addi(1.0).muli(slope).muliRowVector(columnSquares).muli(2 * lambda);

        Pair<Gradient, INDArray> result = super.backpropGradient(epsilon.add(throughH), workspaceMgr);
        INDArray weightGradient = result.getFirst().getGradientFor(DefaultParamInitializer.WEIGHT_KEY);
        // A weight-sized temporary in DL4J's working-memory workspace, reused batch after batch.
        INDArray direct = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, weights.dataType(),
                weights.shape(), weights.ordering());
        weightGradient.addi(direct.assign(weights).muliRowVector(slope.muli(slope).sum(0).muli(2 * lambda)));
        return result;
    }

    @Override
    public boolean isPretrainLayer() {
        return false;
    }

    @Override
    public boolean hasBias() {
        return true;
    }

    @Override
    public boolean hasLayerNorm() {
        return false;
    }
}
