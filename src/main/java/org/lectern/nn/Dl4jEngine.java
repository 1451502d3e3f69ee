package org.lectern.nn;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The {@link Engine} over DL4J's {@code MultiLayerNetwork}: {@code DenseLayer}s and one
 * {@code OutputLayer}, trained one batch at a time with {@code fit(features, labels)}. Penalties
 * train through {@link L1ActivityActivation}, {@link KlSparsityActivation} and
 * {@link ContractiveDenseLayer}; DL4J's score leaves their loss terms out, so this engine adds them
 * (one extra forward pass per batch for a network with a penalty).
 */
public final class Dl4jEngine implements Engine {
    private final MultiLayerNetwork network;
    private final DataType dataType;
    /** The layers with penalties, by index (DL4J's score leaves their terms out). */
    private final TreeMap<Integer, LayerSpec> penalised = new TreeMap<>();

    private Dl4jEngine(MultiLayerNetwork network) {
        this.network = network;
        this.dataType = network.getLayerWiseConfigurations().getDataType();
        for (int i = 0; i < network.getnLayers() - 1; i++) {
            if (network.getLayerWiseConfigurations().getConf(i).getLayer() instanceof FeedForwardLayer dense) {
                LayerSpec layer = Dl4jConfigurations.layerSpec(dense, i);
                if (layer.penalised()) {
                    penalised.put(i, layer);
                }
            }
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

    /** Returns the penalties' loss terms (DL4J's score leaves them out): one extra forward pass if there are any. */
    private double penalty(INDArray features) {
        if (penalised.isEmpty()) {
            return 0;
        }
        int deepest = penalised.lastKey();
        List<INDArray> activations = network.feedForwardToLayer(deepest, features, false);
        double sum = 0;
        for (Map.Entry<Integer, LayerSpec> layer : penalised.entrySet()) {
            int i = layer.getKey();
            INDArray weights = network.getLayer(i).getParam(DefaultParamInitializer.WEIGHT_KEY);
            sum += layer.getValue().penaltyLoss(activations.get(i + 1), weights);
        }
        return sum;
    }

    private INDArray cast(INDArray array) {
        return array.dataType() == dataType ? array : array.castTo(dataType);
    }
}
