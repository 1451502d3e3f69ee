package org.lectern.nn;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Where each layer's parameters sit in the one flat parameter vector every engine uses (DL4J's
 * layout): layer by layer, first the weights {@code [inputs, outputs]} column by column
 * (Fortran order), then the {@code outputs} biases.
 */
final class ParameterLayout {
    private final NetworkSpec spec;
    private final long[] offsets;

    ParameterLayout(NetworkSpec spec) {
        this.spec = spec;
        List<LayerSpec> layers = spec.layers();
        offsets = new long[layers.size() + 1];
        for (int i = 0; i < layers.size(); i++) {
            offsets[i + 1] = offsets[i] + layers.get(i).parameterCount();
        }
    }

    /** Returns the length of the flat vector. */
    long length() {
        return offsets[offsets.length - 1];
    }

    /** Returns a view of layer {@code layer}'s weights and biases in {@code flat}. */
    INDArray segment(INDArray flat, int layer) {
        return flat.get(NDArrayIndex.interval(offsets[layer], offsets[layer + 1]));
    }

    /** Returns a view of layer {@code layer}'s weights in {@code flat}, shaped {@code [inputs, outputs]}. */
    INDArray weights(INDArray flat, int layer) {
        LayerSpec spec = layer(layer);
        long count = (long) spec.inputs() * spec.outputs();
        return flat.get(NDArrayIndex.interval(offsets[layer], offsets[layer] + count))
                .reshape('f', spec.inputs(), spec.outputs());
    }

    /** Returns a view of layer {@code layer}'s biases in {@code flat}, shaped {@code [outputs]}. */
    INDArray bias(INDArray flat, int layer) {
        long count = (long) layer(layer).inputs() * layer(layer).outputs();
        return flat.get(NDArrayIndex.interval(offsets[layer] + count, offsets[layer + 1]));
    }

    /** Returns a new flat vector with every layer freshly drawn from the spec's seed and scheme. */
    INDArray fresh() {
        INDArray flat = Nd4j.create(spec.dataType(), length());
        for (int i = 0; i < spec.layers().size(); i++) {
            initialise(flat, i);
        }
        return flat;
    }

    /**
     * Draws layer {@code layer}'s parameters into {@code flat}. Its generator is seeded from the
     * network's seed, the layer's position and its shape, so different layers never share values.
     */
    void initialise(INDArray flat, int layer) {
        LayerSpec spec = layer(layer);
        long seed = this.spec.seed() * 0x9E3779B97F4A7C15L + layer * 1_000_003L + spec.inputs() * 7_919L
                + spec.outputs();
        this.spec.init().fill(spec, segment(flat, layer), seed);
    }

    private LayerSpec layer(int layer) {
        List<LayerSpec> layers = spec.layers();
        if (layer < 0 || layer >= layers.size()) {
            throw new IndexOutOfBoundsException("layer " + layer + " does not exist: this network has layers 0 to "
                    + (layers.size() - 1));
        }
        return layers.get(layer);
    }
}
