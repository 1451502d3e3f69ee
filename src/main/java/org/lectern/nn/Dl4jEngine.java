package org.lectern.nn;

import java.util.Objects;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The {@link Engine} over DL4J's {@code MultiLayerNetwork}: {@code DenseLayer}s and one
 * {@code OutputLayer}, trained one batch at a time with {@code fit(features, labels)}. Activity L1
 * penalties train through {@link L1ActivityActivation}; DL4J's score leaves their loss term out,
 * so this engine adds it (one extra forward pass per batch for a network with a penalty).
 */
public final class Dl4jEngine implements Engine {
    private final MultiLayerNetwork network;
    private final DataType dataType;
    private final ActivityL1[] penalties;

    private Dl4jEngine(MultiLayerNetwork network) {
        this.network = network;
        this.dataType = network.getLayerWiseConfigurations().getDataType();
        int layers = network.getnLayers();
        this.penalties = new ActivityL1[layers];
        for (int i = 0; i < layers; i++) {
            IActivation function = ((BaseLayer) network.getLayerWiseConfigurations().getConf(i).getLayer())
                    .getActivationFn();
            penalties[i] = function instanceof L1ActivityActivation penalised ? penalised.penalty() : ActivityL1.NONE;
        }
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
        INDArray x = cast(features);
        double penalty = penalty(x);
        network.fit(x, cast(targets));
        return network.score() + penalty;
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
        INDArray x = cast(features);
        return network.score(new DataSet(x, cast(targets)), false) + penalty(x);
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

    /** Returns the activity penalties' loss terms (DL4J's score leaves them out): one extra forward pass if any. */
    private double penalty(INDArray features) {
        double sum = 0;
        for (int i = 0; i < penalties.length; i++) {
            if (penalties[i].active()) {
                INDArray h = activations(features, i);
                sum += penalties[i].loss(h.norm1Number().doubleValue(), h.rows());
            }
        }
        return sum;
    }

    private INDArray cast(INDArray array) {
        return array.dataType() == dataType ? array : array.castTo(dataType);
    }
}
