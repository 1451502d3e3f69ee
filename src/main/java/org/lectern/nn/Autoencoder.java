package org.lectern.nn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lectern.data.Corruption;
import org.lectern.data.LabeledImages;
import org.lectern.lecture.Lecture;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * A dense autoencoder trained to reproduce its input: encoder layers down to a code, mirrored
 * decoder layers back to the input size. Training uses each batch's features as its targets, so
 * any iterator of images will do.
 *
 * <pre>{@code
 * Autoencoder ae = Autoencoder.builder().build();        // lecture 17: 784-400-784, tanh/sigmoid, MSE, Sgd 0.98
 * Autoencoder deeper = ae.stack(256, Activation.TANH);   // 784-400-256-400-784, outer layers as trained
 * Classifier clf = deeper.classifier(10);                 // 784-400-256-10, softmax, NLL, Sgd 0.1
 * }</pre>
 */
public final class Autoencoder extends Network {
    /** Lecture 17's learning rate for the autoencoders. */
    public static final double LECTURE_LEARNING_RATE = 0.98;

    /** How many examples are pushed through the network at once when encoding or measuring many. */
    private static final int CHUNK = 5000;

    private final Corruption denoising;
    private INDArray corrupted;

    Autoencoder(NetworkSpec spec, Engine engine, EngineFactory engineFactory, Corruption denoising) {
        super(spec, engine, engineFactory);
        requireMirrored(spec);
        this.denoising = denoising;
    }

    /**
     * Returns a builder with lecture 17's settings: 784 inputs, one hidden layer of 400 tanh units,
     * sigmoid output, MSE, Sgd 0.98. Lectures 19-20 add {@code activityL1(rho)} on the hidden layer
     * and {@code denoising(GaussianNoise.of(0.1, 0.2))} (any {@link Corruption} will do).
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads an autoencoder saved with {@link #save(Path)}.
     *
     * @throws IllegalArgumentException if the file holds another kind of network
     */
    public static Autoencoder load(Path file) {
        return ModelFile.read(file).network(Autoencoder.class);
    }

    @Override
    public String kind() {
        return "Autoencoder";
    }

    /**
     * Returns the corruption applied to every training batch's features if this is a denoising
     * autoencoder (the targets stay the clean features), or empty.
     */
    public Optional<Corruption> denoising() {
        return Optional.ofNullable(denoising);
    }

    /** Returns the reconstructions of the features, {@code [examples, inputs]}. */
    public INDArray reconstruct(INDArray features) {
        return output(features);
    }

    /** Returns the codes of the features: the activations of the innermost layer, {@code [examples, codeSize()]}. */
    public INDArray encode(INDArray features) {
        return engine().activations(checkedFeatures(features), codeLayer());
    }

    /**
     * Returns the codes of labelled images as labelled "images" of their own, in the same order with
     * the same labels, each code pictured as a {@code rows x columns} image (400 units: 20x20; a code
     * size that is not a square: one row). They train and test a classifier on the code alone.
     * The images are encoded a few thousand at a time, so a whole training set fits in memory.
     */
    public LabeledImages encode(LabeledImages images) {
        Objects.requireNonNull(images, "images");
        INDArray codes = Nd4j.create(dataType(), images.size(), codeSize());
        for (int start = 0; start < images.size(); start += CHUNK) {
            int end = Math.min(images.size(), start + CHUNK);
            try (INDArray chunk = images.features(start, end); INDArray chunkCodes = encode(chunk)) {
                codes.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()).assign(chunkCodes);
            }
        }
        int side = (int) Math.round(Math.sqrt(codeSize()));
        boolean square = side * side == codeSize();
        return images.withFeatures(images.name() + " codes", codes, square ? side : 1, square ? side : codeSize());
    }

    /**
     * Returns the mean squared reconstruction error of the features, over every example and every
     * output unit (PyTorch's {@code MSELoss}), whatever this autoencoder's loss and activity penalty:
     * unlike {@link #loss(INDArray)} it has no L1 term, so plain and sparse models compare fairly.
     */
    public double reconstructionError(INDArray features) {
        return reconstructionError(features, features);
    }

    /**
     * Returns the mean squared error between the reconstructions of {@code inputs} and
     * {@code targets}, e.g. noisy inputs against the clean images a denoising autoencoder should give back.
     */
    public double reconstructionError(INDArray inputs, INDArray targets) {
        double[] perExample = reconstructionErrors(inputs, targets);
        double sum = 0;
        for (double error : perExample) {
            sum += error;
        }
        return sum / perExample.length;
    }

    /** Returns each example's mean squared reconstruction error over its output units, in order. */
    public double[] reconstructionErrors(INDArray features) {
        return reconstructionErrors(features, features);
    }

    /** Returns each example's mean squared error between the reconstruction of its input and its target. */
    public double[] reconstructionErrors(INDArray inputs, INDArray targets) {
        INDArray in = checkedFeatures(inputs);
        INDArray expected = checkedTargets(targets);
        if (in.rows() != expected.rows()) {
            throw new IllegalArgumentException("there are " + in.rows() + " inputs but " + expected.rows()
                    + " targets; give one target row per input row");
        }
        double[] errors = new double[(int) in.rows()];
        for (int start = 0; start < errors.length; start += CHUNK) {
            int end = Math.min(errors.length, start + CHUNK);
            INDArray difference = output(in.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()))
                    .castTo(DataType.DOUBLE)
                    .subi(expected.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()).castTo(DataType.DOUBLE));
            double[] chunk = difference.muli(difference).mean(1).toDoubleVector();
            System.arraycopy(chunk, 0, errors, start, chunk.length);
        }
        return errors;
    }

    /** Returns the mean reconstruction loss of the features, without training. */
    public double loss(INDArray features) {
        return loss(features, features);
    }

    /** Returns the index of the innermost encoder layer, whose outputs are the code. */
    public int codeLayer() {
        return layers().size() / 2 - 1;
    }

    /** Returns the number of code units. */
    public int codeSize() {
        return layers().get(codeLayer()).outputs();
    }

    /** Returns the encoder layers, input side first. */
    public List<LayerSpec> encoderLayers() {
        return layers().subList(0, codeLayer() + 1);
    }

    /**
     * Returns a new, deeper autoencoder: the code ({@code codeSize()} units) feeds a new encoder
     * layer of {@code units} units, whose output feeds a new decoder layer back to the code size,
     * both with {@code activation}. Every other layer keeps this autoencoder's trained parameters
     * bit for bit; the two new layers are drawn fresh from this network's seed and initialisation.
     * Loss, updater, number type, activity penalties and denoising stay the same; the updater
     * starts with fresh state and the noise from its seed. This autoencoder is not changed.
     */
    public Autoencoder stack(int units, Activation activation) {
        NetworkBuilder.requirePositive("the new code size", units);
        List<LayerSpec> old = layers();
        int half = old.size() / 2;
        List<LayerSpec> deeper = new ArrayList<>(old.subList(0, half));
        deeper.add(new LayerSpec(codeSize(), units, activation));
        deeper.add(new LayerSpec(units, codeSize(), activation));
        deeper.addAll(old.subList(half, old.size()));
        NetworkSpec spec = spec().withLayers(deeper);
        ParameterLayout layout = new ParameterLayout(spec);
        INDArray trained = params();
        INDArray params = Nd4j.create(spec.dataType(), layout.length());
        for (int i = 0; i < old.size(); i++) {
            int target = i < half ? i : i + 2;
            layout.segment(params, target).assign(layout().segment(trained, i));
        }
        layout.initialise(params, half);
        layout.initialise(params, half + 1);
        return new Autoencoder(spec, engineFactory().create(spec, params), engineFactory(),
                denoising == null ? null : denoising.restarted());
    }

    /** Same as {@link #stack(int, Activation)} with the activation of the current code layer. */
    public Autoencoder stack(int units) {
        return stack(units, layers().get(codeLayer()).activation());
    }

    /** Returns a classifier on this encoder with lecture 17's head: softmax over {@code classes}, NLL loss, Sgd 0.1. */
    public Classifier classifier(int classes) {
        return Classifier.builder().encoder(this).classes(classes).build();
    }

    @Override
    INDArray targets(DataSet batch) {
        return batch.getFeatures();
    }

    @Override
    INDArray trainingFeatures(INDArray features) {
        if (denoising == null) {
            return features;
        }
        // One buffer reused batch after batch: allocating a fresh array per batch costs more than the noise.
        if (corrupted == null || !Arrays.equals(corrupted.shape(), features.shape())
                || corrupted.dataType() != features.dataType()) {
            corrupted = Nd4j.createUninitialized(features.dataType(), features.shape(), 'c');
        }
        return denoising.corruptInto(features, corrupted);
    }

    @Override
    String role(int layer) {
        int last = layers().size() - 1;
        if (layer <= codeLayer()) {
            return layer == codeLayer() ? "encoder (code)" : "encoder";
        }
        return layer == last ? "decoder (output)" : "decoder";
    }

    private static void requireMirrored(NetworkSpec spec) {
        List<LayerSpec> layers = spec.layers();
        boolean mirrored = layers.size() % 2 == 0 && spec.inputs() == spec.outputs();
        for (int i = 0; mirrored && i < layers.size() / 2; i++) {
            mirrored = layers.get(i).inputs() == layers.get(layers.size() - 1 - i).outputs();
        }
        if (!mirrored) {
            throw new IllegalArgumentException("an autoencoder mirrors its encoder (e.g. 784-400-256-400-784); got "
                    + spec.sizes());
        }
    }

    /**
     * Settings for an {@link Autoencoder}; unset ones take lecture 17's values. Hidden layers are the
     * encoder's; the decoder mirrors them, each decoder layer using the activation of the encoder
     * layer it mirrors and the last one the output activation.
     */
    public static final class Builder extends NetworkBuilder<Builder> {
        private int inputs = 784;
        private Activation outputActivation = Activation.SIGMOID;
        private LossFunction loss = LossFunction.MSE;
        private Corruption denoising;

        private Builder() {
        }

        /**
         * Makes a denoising autoencoder: each training batch's features are corrupted with fresh
         * {@code noise} (e.g. {@code GaussianNoise.of(0.1, 0.2)}, the lecture's, or
         * {@code MaskingNoise.of(0.25)}) while the targets stay the clean features. The network
         * draws from its own copy of the generator, from its seed.
         */
        public Builder denoising(Corruption noise) {
            this.denoising = Objects.requireNonNull(noise, "noise").restarted();
            return this;
        }

        /** Sets the number of input (and output) units; default 784, a 28x28 image. */
        public Builder inputs(int inputs) {
            requirePositive("inputs", inputs);
            this.inputs = inputs;
            return this;
        }

        /** Sets the activation of the output layer; default {@code SIGMOID}, for pixels in [0, 1]. */
        public Builder outputActivation(Activation activation) {
            this.outputActivation = Objects.requireNonNull(activation, "activation");
            return this;
        }

        /** Sets the reconstruction loss; default {@code MSE}, the mean over all pixels as PyTorch's {@code MSELoss}. */
        public Builder loss(LossFunction loss) {
            this.loss = Objects.requireNonNull(loss, "loss");
            return this;
        }

        /** Returns the autoencoder with fresh parameters; with no hidden layer given, one of 400 tanh units. */
        public Autoencoder build() {
            List<LayerSpec> encoder = hiddenSizes.isEmpty()
                    ? List.of(new LayerSpec(inputs, 400, Activation.TANH))
                    : hiddenLayers(inputs);
            List<LayerSpec> layers = new ArrayList<>(encoder);
            for (int i = encoder.size() - 1; i >= 0; i--) {
                LayerSpec mirrored = encoder.get(i);
                layers.add(new LayerSpec(mirrored.outputs(), mirrored.inputs(),
                        i == 0 ? outputActivation : mirrored.activation()));
            }
            NetworkSpec spec = new NetworkSpec(layers, loss, updaterOr(new Sgd(LECTURE_LEARNING_RATE)),
                    dataTypeOr(DataType.FLOAT), seedOr(Lecture.DEFAULT_SEED), initOr(Init.PYTORCH));
            INDArray params = new ParameterLayout(spec).fresh();
            return new Autoencoder(spec, engine.create(spec, params), engine, denoising);
        }

        @Override
        Builder self() {
            return this;
        }
    }
}
