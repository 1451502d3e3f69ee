package org.lectern.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lectern.data.DataSplit;
import org.lectern.data.GaussianNoise;
import org.lectern.data.Mnist;
import org.lectern.data.RunMode;
import org.lectern.nn.Autoencoder;
import org.lectern.nn.Classifier;
import org.lectern.nn.LayerSpec;
import org.lectern.nn.Network;
import org.lectern.train.Trainer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Our side of a training workload, through the library's public API only, as a notebook trains:
 * the network from {@link Autoencoder#builder()} or {@link Classifier#builder()} with the lecture
 * seed, the training split from {@link Mnist#train()} (its seeded shuffle every epoch), one
 * {@link Trainer} epoch per call, without progress bar, printed lines or extra evaluation passes.
 * Whichever engine the builders choose by default is the one measured.
 */
final class LibraryTraining implements EpochWork {
    /** The full MNIST training split. */
    static final int FULL_IMAGES = 60000;

    private final Network network;
    private final Trainer<Network> trainer;
    private final int images;

    private LibraryTraining(Network network, DataSplit split) {
        this.network = network;
        this.trainer = Trainer.on(network).data(split).progress(false).print(false).trainAccuracy(false);
        this.images = split.size();
    }

    /**
     * Builds the network and loads the data.
     *
     * @param images {@value #FULL_IMAGES} for the whole split or {@link RunMode#QUICK_TRAIN_EXAMPLES} for the quick one
     * @throws IllegalArgumentException if the library cannot train this spec (yet)
     */
    static LibraryTraining start(TrainingSpec spec, int images) {
        if (images != FULL_IMAGES && images != RunMode.QUICK_TRAIN_EXAMPLES) {
            throw new IllegalArgumentException("our side trains on the whole training split (" + FULL_IMAGES
                    + " images) or its quick subset (" + RunMode.QUICK_TRAIN_EXAMPLES + "); got --images " + images);
        }
        DataSplit split = Mnist.train().batchSize(spec.batch()).quick(images == RunMode.QUICK_TRAIN_EXAMPLES);
        return new LibraryTraining(network(spec), split);
    }

    /** Returns the network the library builds for the spec, checked layer by layer against it. */
    static Network network(TrainingSpec spec) {
        if ((spec.noise() != null || spec.l1() != null) && !spec.loss().equals("mse")) {
            throw new IllegalArgumentException("input noise and the L1 activity penalty are autoencoder settings; the "
                    + spec.loss() + " workload " + spec.shape() + " is a classifier");
        }
        List<Integer> sizes = spec.sizes();
        IUpdater updater = spec.optimizer().equals("sgd") ? new Sgd(spec.learningRate()) : new Adam(spec.learningRate());
        Network network;
        if (spec.loss().equals("mse")) {
            Autoencoder.Builder builder = Autoencoder.builder().inputs(sizes.get(0)).loss(LossFunction.MSE)
                    .outputActivation(activation(spec.activations().get(spec.layerCount() - 1))).updater(updater);
            for (int layer = 0; layer < spec.layerCount() / 2; layer++) {
                builder.hidden(sizes.get(layer + 1), activation(spec.activations().get(layer)));
                if (layer == 0 && spec.l1() != null) {
                    // The peer's penalty acts on the first layer's activations with the lecture's semantics.
                    builder.activityL1(spec.l1());
                }
            }
            if (spec.noise() != null) {
                builder.denoising(GaussianNoise.of(spec.noise().mean(), spec.noise().sigma()));
            }
            network = builder.build();
        } else {
            Classifier.Builder builder = Classifier.builder().inputs(sizes.get(0))
                    .classes(sizes.get(sizes.size() - 1)).updater(updater);
            for (int layer = 0; layer + 1 < spec.layerCount(); layer++) {
                builder.hidden(sizes.get(layer + 1), activation(spec.activations().get(layer)));
            }
            network = builder.build();
        }
        requireSameLayers(spec, network);
        return network;
    }

    @Override
    public double epoch() {
        trainer.epochs(trainer.epochsDone() + 1).fit();
        return trainer.history().last().loss();
    }

    @Override
    public Map<String, String> description() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("engine", network.engine().getClass().getSimpleName());
        fields.put("network", network.kind() + " " + network.spec().sizes());
        fields.put("images", String.valueOf(images));
        return fields;
    }

    /** Maps the peer's activation names to ND4J's; a softmax output with NLL is PyTorch's logsoftmax with NLLLoss. */
    static Activation activation(String name) {
        return switch (name) {
            case "tanh" -> Activation.TANH;
            case "sigmoid" -> Activation.SIGMOID;
            case "relu" -> Activation.RELU;
            case "logsoftmax" -> Activation.SOFTMAX;
            default -> throw new IllegalArgumentException("unknown activation '" + name + "'");
        };
    }

    private static void requireSameLayers(TrainingSpec spec, Network network) {
        List<LayerSpec> layers = network.layers();
        boolean same = layers.size() == spec.layerCount();
        for (int i = 0; same && i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            same = layer.inputs() == spec.sizes().get(i) && layer.outputs() == spec.sizes().get(i + 1)
                    && layer.activation() == activation(spec.activations().get(i));
        }
        if (!same) {
            throw new IllegalArgumentException("the library builds " + network.spec().sizes() + " " + layers
                    + " for the workload " + spec.shape() + " " + spec.activations()
                    + "; an autoencoder's decoder must mirror its encoder's activations");
        }
    }
}
