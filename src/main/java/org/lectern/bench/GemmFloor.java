package org.lectern.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lectern.nn.lean.Gemm;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Our side of a floor measurement: one epoch's worth of a training step's matrix products
 * ({@link StepProducts}), each one product into a result allocated once, in float, through the
 * lean engine's own {@link Gemm} (OpenBLAS called directly on the CPU backend), so the floor is
 * what our training pays for its products rather than {@code Nd4j.gemm}'s bookkeeping. The
 * operands are laid out as in PyTorch's {@code nn.Linear}, as {@code bench/peer.py gemm} does:
 * weights {@code [out, in]}, so the forward product and the weight gradient multiply by a
 * transposed operand.
 */
final class GemmFloor implements EpochWork {
    private final List<Call> calls = new ArrayList<>();
    private final int steps;
    private final long flopsPerEpoch;

    /** One {@code result = op(a) op(b)}. */
    record Call(INDArray a, INDArray b, INDArray result, boolean transposeA, boolean transposeB) {
        void run() {
            Gemm.best().multiply(a, b, result, transposeA, transposeB, 1.0, 0.0);
        }
    }

    GemmFloor(StepProducts products, int images) {
        List<Integer> sizes = products.sizes();
        int batch = products.batch();
        for (int layer = 0; layer + 1 < sizes.size(); layer++) {
            int in = sizes.get(layer);
            int out = sizes.get(layer + 1);
            INDArray activations = Nd4j.rand(DataType.FLOAT, batch, in);
            INDArray weights = Nd4j.rand(DataType.FLOAT, out, in);
            INDArray delta = Nd4j.rand(DataType.FLOAT, batch, out);
            calls.add(new Call(activations, weights, Nd4j.create(DataType.FLOAT, batch, out), false, true));
            calls.add(new Call(delta, activations, Nd4j.create(DataType.FLOAT, out, in), true, false));
            if (layer > 0) {
                calls.add(new Call(delta, weights, Nd4j.create(DataType.FLOAT, batch, in), false, false));
            }
        }
        this.steps = products.steps(images);
        this.flopsPerEpoch = products.flopsPerEpoch(images);
    }

    /** Returns the products of one step, each with operands and result. */
    List<Call> calls() {
        return calls;
    }

    @Override
    public double epoch() {
        for (int step = 0; step < steps; step++) {
            for (Call call : calls) {
                call.run();
            }
        }
        return Double.NaN;
    }

    @Override
    public Map<String, String> description() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("flops_per_epoch", String.valueOf(flopsPerEpoch));
        return fields;
    }
}
