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
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * A plain multi-layer perceptron: hidden layers and an output layer of any size, activation and
 * loss, trained on each batch's labels (e.g. regression targets).
 *
 * <pre>{@code
 * Mlp net = Mlp.builder().inputs(2).hidden(256, Activation.RELU).hidden(256, Activation.RELU)
 *         .output(3, Activation.SIGMOID).loss(LossFunction.MSE).updater(new Adam(1e-3)).build();
 * }</pre>
 */
public final class Mlp extends Network {
    Mlp(NetworkSpec spec, Engine engine, EngineFactory engineFactory) {
        super(spec, engine, engineFactory);
    }

    /** Returns a builder; {@code inputs(n)} and {@code output(units, activation)} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Loads a network saved with {@link #save(Path)} (any dense network loads as an MLP). */
    public static Mlp load(Path file) {
        return ModelFile.read(file).network(Mlp.class);
    }

    @Override
    public String kind() {
        return "MLP";
    }

    @Override
    INDArray targets(DataSet batch) {
        if (batch.getLabels() == null) {
            throw new IllegalArgumentException("an MLP trains on batches with labels (targets); this batch has none");
        }
        return batch.getLabels();
    }

    @Override
    String role(int layer) {
        return layer == layers().size() - 1 ? "output" : "hidden";
    }

    /** Settings for an {@link Mlp}: loss MSE and updater Sgd 0.1 unless set. */
    public static final class Builder extends NetworkBuilder<Builder> {
        private Integer inputs;
        private Integer outputUnits;
        private Activation outputActivation;
        private LossFunction loss = LossFunction.MSE;

        private Builder() {
        }

        /** Sets the number of input units (required). */
        public Builder inputs(int inputs) {
            requirePositive("inputs", inputs);
            this.inputs = inputs;
            return this;
        }

        /** Sets the output layer's size and activation (required). */
        public Builder output(int units, Activation activation) {
            requirePositive("output units", units);
            this.outputUnits = units;
            this.outputActivation = Objects.requireNonNull(activation, "activation");
            return this;
        }

        /** Sets the loss; default {@code MSE}. */
        public Builder loss(LossFunction loss) {
            this.loss = Objects.requireNonNull(loss, "loss");
            return this;
        }

        /** Returns the network with fresh parameters. */
        public Mlp build() {
            if (inputs == null || outputUnits == null) {
                throw new IllegalStateException("an MLP needs inputs(n) and output(units, activation); got "
                        + (inputs == null ? "no inputs" : "inputs " + inputs) + " and "
                        + (outputUnits == null ? "no output layer" : "an output layer"));
            }
            List<LayerSpec> layers = new ArrayList<>(hiddenLayers(inputs));
            int width = layers.isEmpty() ? inputs : layers.get(layers.size() - 1).outputs();
            layers.add(new LayerSpec(width, outputUnits, outputActivation));
            NetworkSpec spec = new NetworkSpec(layers, loss, updaterOr(new Sgd(0.1)), dataTypeOr(DataType.FLOAT),
                    seedOr(Lecture.DEFAULT_SEED), initOr(Init.PYTORCH));
            return new Mlp(spec, engine.create(spec, new ParameterLayout(spec).fresh()), engine);
        }

        @Override
        Mlp.Builder self() {
            return this;
        }
    }
}
