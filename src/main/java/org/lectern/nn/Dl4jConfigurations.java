package org.lectern.nn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
/**
 * Translates between a {@link NetworkSpec} and DL4J's configuration of dense and output layers:
 * activity L1 and KL sparsity penalties become activation wrappers ({@link L1ActivityActivation},
 * {@link KlSparsityActivation}), a contractive penalty a {@link ContractiveDenseLayer}. A layer's
 * dropout becomes DL4J's {@code Dropout} on the next layer's input, with the probability of keeping
 * a unit, {@code 1 - p}.
 */
public final class Dl4jConfigurations {
    private Dl4jConfigurations() {
    }

    /** Returns DL4J's configuration for the spec: {@code DenseLayer}s, then an {@code OutputLayer} with the loss. */
    public static MultiLayerConfiguration of(NetworkSpec spec) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(spec.seed())
                .updater(spec.updater().clone())
                .weightInit(spec.init().weightInit())
                .dataType(spec.dataType())
                .list();
        List<LayerSpec> layers = spec.layers();
        for (int i = 0; i < layers.size() - 1; i++) {
            LayerSpec layer = layers.get(i);
            FeedForwardLayer.Builder<?> dense = layer.contractive().active()
                    ? new ContractiveDenseLayer.Builder(layer.contractive())
                    : new DenseLayer.Builder();
            list.layer(dense.nIn(layer.inputs()).nOut(layer.outputs()).activation(activationFunction(layer))
                    .dropOut(dropoutBefore(layers, i)).build());
        }
        int lastIndex = layers.size() - 1;
        LayerSpec last = layers.get(lastIndex);
        list.layer(new OutputLayer.Builder(spec.loss()).nIn(last.inputs()).nOut(last.outputs())
                .activation(last.activation()).dropOut(dropoutBefore(layers, lastIndex)).build());
        return list.build();
    }

    /**
     * Returns the spec of a DL4J network made of dense layers and a final output layer.
     *
     * @throws IllegalArgumentException if it has other layers, or activations or a loss without a name
     */
    static NetworkSpec specOf(MultiLayerNetwork network, Init init) {
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        int count = conf.getConfs().size();
        List<LayerSpec> layers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Layer layer = conf.getConf(i).getLayer();
            boolean last = i == count - 1;
            boolean fits = last ? layer instanceof OutputLayer
                    : layer instanceof DenseLayer || layer instanceof ContractiveDenseLayer;
            if (!fits) {
                throw new IllegalArgumentException("layer " + i + " is a " + layer.getClass().getSimpleName()
                        + "; Lectern's dense networks are DenseLayers followed by one OutputLayer");
            }
            layers.add(layerSpec((FeedForwardLayer) layer, i));
        }
        for (int i = 0; i < count; i++) {
            double dropout = dropoutOf(conf.getConf(i).getLayer().getIDropout(), i);
            if (dropout > 0 && i == 0) {
                throw new IllegalArgumentException("layer 0 drops out the network's inputs; Lectern's dense networks "
                        + "drop out only hidden layers' outputs (dropout on layer i's input is layer i-1's dropout)");
            }
            if (dropout > 0) {
                layers.set(i - 1, layers.get(i - 1).withDropout(dropout));
            }
        }
        BaseOutputLayer output = (BaseOutputLayer) conf.getConf(count - 1).getLayer();
        return new NetworkSpec(layers, loss(output.getLossFn()), output.getIUpdater().clone(), conf.getDataType(),
                conf.getConf(0).getSeed(), init);
    }

    // DL4J puts dropout on a layer's input and takes the probability of keeping a unit.
    private static IDropout dropoutBefore(List<LayerSpec> layers, int layer) {
        return layer > 0 && layers.get(layer - 1).hasDropout() ? new Dropout(1 - layers.get(layer - 1).dropout()) : null;
    }

    private static double dropoutOf(IDropout dropout, int layer) {
        if (dropout == null) {
            return 0;
        }
        if (dropout.getClass() != Dropout.class || ((Dropout) dropout).getPSchedule() != null) {
            throw new IllegalArgumentException("layer " + layer + " has the dropout " + dropout + "; Lectern's dense "
                    + "networks use DL4J's plain Dropout with a fixed probability");
        }
        // In decimal, so that p = 0.1, kept as 0.9, reads back as 0.1 and not 0.09999999999999998.
        return BigDecimal.ONE.subtract(BigDecimal.valueOf(((Dropout) dropout).getP())).doubleValue();
    }

    /**
     * Returns the spec of one dense layer: sizes, the activation inside any penalty wrappers, and the
     * penalties the wrappers and a {@link ContractiveDenseLayer} carry.
     */
    static LayerSpec layerSpec(FeedForwardLayer layer, int index) {
        ActivityL1 l1 = ActivityL1.NONE;
        KlSparsity kl = KlSparsity.NONE;
        IActivation function = layer.getActivationFn();
        while (function instanceof L1ActivityActivation || function instanceof KlSparsityActivation) {
            if (function instanceof L1ActivityActivation penalised) {
                l1 = penalised.penalty();
                function = penalised.activation();
            } else if (function instanceof KlSparsityActivation penalised) {
                kl = penalised.penalty();
                function = penalised.activation();
            }
        }
        ContractivePenalty contractive = layer instanceof ContractiveDenseLayer penalised
                ? penalised.penalty()
                : ContractivePenalty.NONE;
        return new LayerSpec(Math.toIntExact(layer.getNIn()), Math.toIntExact(layer.getNOut()),
                activation(function, index), l1, kl, contractive);
    }

    /** Returns the activation function inside any of Lectern's penalty wrappers. */
    static IActivation innermost(IActivation function) {
        IActivation inner = function;
        while (true) {
            if (inner instanceof L1ActivityActivation penalised) {
                inner = penalised.activation();
            } else if (inner instanceof KlSparsityActivation penalised) {
                inner = penalised.activation();
            } else {
                return inner;
            }
        }
    }

    /** Returns the layer's activation, wrapped by its L1 penalty, then by its KL sparsity penalty, where it has them. */
    private static IActivation activationFunction(LayerSpec layer) {
        IActivation function = layer.activation().getActivationFunction();
        if (layer.activityL1().active()) {
            function = new L1ActivityActivation(function, layer.activityL1());
        }
        if (layer.klSparsity().active()) {
            function = new KlSparsityActivation(function, layer.klSparsity());
        }
        return function;
    }

    private static Activation activation(IActivation function, int layer) {
        for (Activation candidate : Activation.values()) {
            if (function.equals(functionOf(candidate))) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("layer " + layer + " uses the activation " + function
                + ", which has no org.nd4j.linalg.activations.Activation name");
    }

    private static IActivation functionOf(Activation activation) {
        try {
            return activation.getActivationFunction();
        } catch (RuntimeException notAvailable) {
            return null;
        }
    }

    private static LossFunction loss(ILossFunction function) {
        for (LossFunction candidate : LossFunction.values()) {
            if (function.equals(candidate.getILossFunction())) {
                return candidate;
            }
        }
        for (LossFunction candidate : LossFunction.values()) {
            if (function.getClass() == candidate.getILossFunction().getClass()) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("the output layer's loss " + function
                + " has no org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction name");
    }
}
