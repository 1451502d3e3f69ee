package org.lectern.nn.lean;

import org.lectern.nn.ActivityL1;
import org.lectern.nn.LayerSpec;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * One dense layer as the lean engine holds it: sizes, activation, penalties, and views of
 * its weights and biases in the flat parameter vector and in the flat gradient vector (weights
 * {@code [inputs, outputs]} column by column, then biases: DL4J's layout).
 */
final class LeanLayer {
    final int inputs;
    final int outputs;
    final Act act;
    final ActivityL1 penalty;
    /** The layer's KL sparsity and contractive penalties, or null if it has neither. */
    final SigmoidPenalties sigmoidPenalties;
    final INDArray weights;
    final Block bias;
    final INDArray weightGradient;
    final Block biasGradient;

    LeanLayer(LayerSpec spec, Act act, long offset, INDArray params, Block paramBlock, INDArray gradient,
              Block gradientBlock) {
        this.inputs = spec.inputs();
        this.outputs = spec.outputs();
        this.act = act;
        this.penalty = spec.activityL1();
        this.sigmoidPenalties = SigmoidPenalties.of(spec, params.dataType());
        long weightCount = (long) inputs * outputs;
        this.weights = weightView(params, offset, weightCount);
        this.weightGradient = weightView(gradient, offset, weightCount);
        this.bias = paramBlock.slice(Math.toIntExact(offset + weightCount), outputs);
        this.biasGradient = gradientBlock.slice(Math.toIntExact(offset + weightCount), outputs);
    }

    /** Returns the factor of {@code sign(h)} the penalty adds to each activation's gradient for a batch. */
    double l1Scale(int rows) {
        return penalty.active() ? penalty.gradientScale(rows) : 0;
    }

    private INDArray weightView(INDArray flat, long offset, long count) {
        return flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + count))
                .reshape('f', inputs, outputs);
    }
}
