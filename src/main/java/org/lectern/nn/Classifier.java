package org.lectern.nn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lectern.lecture.Lecture;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * A dense classifier: hidden layers, then a softmax output over the classes trained with the
 * negative log-likelihood (PyTorch's {@code LogSoftmax} + {@code NLLLoss}). Built fresh, or on the
 * encoder of a trained {@link Autoencoder}, whose layers it keeps with their parameters.
 *
 * <pre>{@code
 * Classifier clf = Classifier.builder().encoder(stacked).classes(10).updater(new Sgd(0.1)).build();
 * int[] digits = clf.predict(Mnist.test().features());
 * }</pre>
 */
public final class Classifier extends Network {
    /** Lecture 17's learning rate for the classifier. */
    public static final double LECTURE_LEARNING_RATE = 0.1;

    Classifier(NetworkSpec spec, Engine engine, EngineFactory engineFactory) {
        super(spec, engine, engineFactory);
        LayerSpec output = spec.layers().get(spec.layers().size() - 1);
        if (output.activation() != Activation.SOFTMAX) {
            throw new IllegalArgumentException("a classifier's output layer is a softmax; this one uses "
                    + output.activationName());
        }
    }

    /** Returns a builder: 784 inputs unless an encoder or {@code inputs(n)} says otherwise, 10 classes, Sgd 0.1. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads a classifier saved with {@link #save(Path)}.
     *
     * @throws IllegalArgumentException if the file holds another kind of network
     */
    public static Classifier load(Path file) {
        return ModelFile.read(file).network(Classifier.class);
    }

    @Override
    public String kind() {
        return "Classifier";
    }

    /** Returns the number of classes. */
    public int classes() {
        return outputs();
    }

    /** Returns the class probabilities, {@code [examples, classes]}, each row summing to 1. */
    public INDArray probabilities(INDArray features) {
        return output(features);
    }

    /** Returns the most probable class of every example. */
    public int[] predict(INDArray features) {
        // Both arrays are released at once: evaluation predicts batch after batch, and their native
        // memory would otherwise wait for a garbage collection that little heap garbage brings.
        try (INDArray probabilities = output(features); INDArray classes = Nd4j.argMax(probabilities, 1)) {
            return classes.toIntVector();
        }
    }

    @Override
    INDArray targets(DataSet batch) {
        if (batch.getLabels() == null) {
            throw new IllegalArgumentException("a classifier trains on labelled batches; this batch has no labels");
        }
        return batch.getLabels();
    }

    @Override
    String role(int layer) {
        return layer == layers().size() - 1 ? "output" : "hidden";
    }

    /** Settings for a {@link Classifier}; unset ones take lecture 17's values (or the encoder's seed, init and number type). */
    public static final class Builder extends NetworkBuilder<Builder> {
        private Autoencoder encoder;
        private Integer inputs;
        private int classes = 10;

        private Builder() {
        }

        /**
         * Starts from the encoder layers of a trained autoencoder, with a copy of their parameters
         * (without the autoencoder's penalties and dropout, which belong to its own training).
         */
        public Builder encoder(Autoencoder encoder) {
            this.encoder = Objects.requireNonNull(encoder, "encoder");
            return this;
        }

        /** Sets the number of input units of a fresh classifier; default 784 (or the encoder's). */
        public Builder inputs(int inputs) {
            requirePositive("inputs", inputs);
            this.inputs = inputs;
            return this;
        }

        /** Sets the number of classes; default 10. */
        public Builder classes(int classes) {
            if (classes < 2) {
                throw new IllegalArgumentException("a classifier needs at least 2 classes; got " + classes);
            }
            this.classes = classes;
            return this;
        }

        /**
         * Returns the classifier: the encoder's layers (if any) with their parameters, then the
         * hidden layers added here, then a softmax layer over the classes, all new layers drawn fresh.
         */
        public Classifier build() {
            List<LayerSpec> layers = new ArrayList<>();
            int width = inputs != null ? inputs : 784;
            if (encoder != null) {
                if (inputs != null && inputs != encoder.inputs()) {
                    throw new IllegalArgumentException("inputs(" + inputs + ") does not match the encoder's "
                            + encoder.inputs() + " inputs; leave inputs(...) out when building on an encoder");
                }
                encoder.encoderLayers().forEach(l -> layers.add(l.withoutPenalties()));
                width = encoder.codeSize();
            }
            List<LayerSpec> hidden = hiddenLayers(width);
            layers.addAll(hidden);
            width = hidden.isEmpty() ? width : hidden.get(hidden.size() - 1).outputs();
            layers.add(new LayerSpec(width, classes, Activation.SOFTMAX));
            NetworkSpec spec = new NetworkSpec(layers, LossFunction.NEGATIVELOGLIKELIHOOD,
                    updaterOr(new Sgd(LECTURE_LEARNING_RATE)),
                    dataTypeOr(encoder != null ? encoder.dataType() : DataType.FLOAT),
                    seedOr(encoder != null ? encoder.seed() : Lecture.DEFAULT_SEED),
                    initOr(encoder != null ? encoder.spec().init() : Init.PYTORCH));
            ParameterLayout layout = new ParameterLayout(spec);
            INDArray params = Nd4j.create(spec.dataType(), layout.length());
            int kept = encoder == null ? 0 : encoder.encoderLayers().size();
            INDArray trained = encoder == null ? null : encoder.params();
            for (int i = 0; i < layers.size(); i++) {
                if (i < kept) {
                    layout.segment(params, i).assign(encoder.layout().segment(trained, i).castTo(spec.dataType()));
                } else {
                    layout.initialise(params, i);
                }
            }
            return new Classifier(spec, engine.create(spec, params), engine);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
