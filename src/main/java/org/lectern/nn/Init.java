package org.lectern.nn;

import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * How fresh parameters are drawn. The default, {@link #PYTORCH}, is what PyTorch's
 * {@code nn.Linear} does, so the lectures' numbers can be reproduced; {@link #of(WeightInit)}
 * selects one of DL4J's schemes instead (weights from DL4J, biases zero as in DL4J).
 * Every scheme is seeded: the same seed gives bit-identical parameters.
 */
public final class Init {
    /** PyTorch's {@code nn.Linear} default: weights and biases uniform in {@code [-1/sqrt(fanIn), 1/sqrt(fanIn)]}. */
    public static final Init PYTORCH = new Init(null);

    private static final String PYTORCH_NAME = "PYTORCH";

    private final WeightInit dl4jScheme;

    private Init(WeightInit dl4jScheme) {
        this.dl4jScheme = dl4jScheme;
    }

    /** Returns DL4J's weight initialisation {@code scheme} (e.g. {@code WeightInit.XAVIER}) with zero biases. */
    public static Init of(WeightInit scheme) {
        return new Init(Objects.requireNonNull(scheme, "scheme"));
    }

    /** Returns the scheme named by {@link #name()}: {@code PYTORCH} or a {@link WeightInit} constant. */
    public static Init named(String name) {
        if (PYTORCH_NAME.equalsIgnoreCase(name)) {
            return PYTORCH;
        }
        try {
            return of(WeightInit.valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown initialisation '" + name + "': use PYTORCH or one of DL4J's "
                    + "WeightInit names such as XAVIER or RELU", e);
        }
    }

    /** Returns {@code PYTORCH} or the DL4J scheme's name. */
    public String name() {
        return dl4jScheme == null ? PYTORCH_NAME : dl4jScheme.name();
    }

    /** Returns the DL4J scheme that draws the weights: {@code UNIFORM} (the same distribution) for PyTorch's. */
    public WeightInit weightInit() {
        return dl4jScheme == null ? WeightInit.UNIFORM : dl4jScheme;
    }

    /**
     * Fills one layer's parameters: {@code segment} holds its weights (fan-in by fan-out, column
     * by column, so each output unit's weights are contiguous as in PyTorch's {@code [out, in]}
     * matrix) followed by its biases.
     */
    void fill(LayerSpec layer, INDArray segment, long seed) {
        long weightCount = (long) layer.inputs() * layer.outputs();
        if (dl4jScheme == null) {
            double bound = 1.0 / Math.sqrt(layer.inputs());
            SplittableRandom random = new SplittableRandom(seed);
            double[] values = new double[Math.toIntExact(layer.parameterCount())];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextDouble(-bound, bound);
            }
            segment.assign(Nd4j.createFromArray(values).castTo(segment.dataType()));
            return;
        }
        // DL4J's schemes draw from ND4J's global generator: seed it so the same seed gives the same weights.
        Nd4j.getRandom().setSeed(seed);
        INDArray weights = segment.get(NDArrayIndex.interval(0, weightCount));
        dl4jScheme.getWeightInitFunction().init(layer.inputs(), layer.outputs(),
                new long[] {layer.inputs(), layer.outputs()}, 'f', weights);
        segment.get(NDArrayIndex.interval(weightCount, layer.parameterCount())).assign(0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Init init && init.dl4jScheme == dl4jScheme;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(dl4jScheme);
    }

    /** Returns e.g. {@code PyTorch nn.Linear default} or {@code DL4J XAVIER}. */
    @Override
    public String toString() {
        return dl4jScheme == null ? "PyTorch nn.Linear default" : "DL4J " + dl4jScheme.name();
    }
}
