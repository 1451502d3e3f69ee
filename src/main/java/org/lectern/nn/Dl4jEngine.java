package org.lectern.nn;

import java.util.Objects;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The {@link Engine} over DL4J's {@code MultiLayerNetwork}: {@code DenseLayer}s and one
 * {@code OutputLayer}, trained one batch at a time with {@code fit(features, labels)}.
 */
public final class Dl4jEngine implements Engine {
    private final MultiLayerNetwork network;
    private final DataType dataType;

    private Dl4jEngine(MultiLayerNetwork network) {
        this.network = network;
        this.dataType = network.getLayerWiseConfigurations().getDataType();
    }

    /** Returns an engine for the spec with a copy of the flat parameter vector {@code params}. */
    static Dl4jEngine create(NetworkSpec spec, INDArray params) {
        MultiLayerNetwork network = new MultiLayerNetwork(Dl4jConfigurations.of(spec));
        network.init(params.castTo(spec.dataType()).reshape(1, params.length()), true);
        return new Dl4jEngine(network);
    }

    /** Returns an engine that computes with {@code network} itself (not a copy). */
    static Dl4jEngine wrap(MultiLayerNetwork network) {
        return new Dl4jEngine(Objects.requireNonNull(network, "network"));
    }

    /** Returns the live DL4J network under this engine: what changes it changes the model. */
    public MultiLayerNetwork network() {
        return network;
    }

    @Override
    public double fit(INDArray features, INDArray targets) {
        network.fit(cast(features), cast(targets));
        return network.score();
    }

    @Override
    public INDArray activations(INDArray features, int layer) {
        return network.feedForwardToLayer(layer, cast(features), false).get(layer + 1);
    }

    @Override
    public INDArray output(INDArray features) {
        return network.output(cast(features), false);
    }

    @Override
    public double loss(INDArray features, INDArray targets) {
        return network.score(new DataSet(cast(features), cast(targets)), false);
    }

    @Override
    public INDArray gradient(INDArray features, INDArray targets) {
        network.setInput(cast(features));
        network.setLabels(cast(targets));
        network.computeGradientAndScore();
        // DL4J's gradient is of the loss summed over examples; its updater divides by the batch size later.
        INDArray gradient = network.gradient().gradient().dup().reshape(network.numParams());
        network.clear();
        return gradient.divi(features.rows());
    }

    @Override
    public INDArray params() {
        return network.params().dup();
    }

    @Override
    public void setParams(INDArray params) {
        network.setParams(params.castTo(dataType).reshape(1, params.length()));
    }

    @Override
    public void epochDone() {
        network.incrementEpochCount();
    }

    @Override
    public MultiLayerNetwork toMultiLayerNetwork() {
        return network.clone();
    }

    private INDArray cast(INDArray array) {
        return array.dataType() == dataType ? array : array.castTo(dataType);
    }
}
