package org.lectern.coordinates;

import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.lectern.lecture.Lecture;
import org.lectern.nn.EngineFactory;
import org.lectern.nn.InputMapping;
import org.lectern.nn.Mlp;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * A coordinate network: an {@link InputMapping} of the pixel position {@code (x, y)} followed by an
 * {@link Mlp} that outputs the pixel's colour (red, green, blue through a sigmoid), trained with
 * MSE. The defaults are the paper's: depth 4 (three hidden ReLU layers of 256 units and the output
 * layer), Adam with learning rate 1e-3. The network computes through the standard engine (the
 * lean one for these layers).
 *
 * <pre>{@code
 * ImageMlp model = ImageMlp.builder().mapping(InputMapping.gaussian(256, 10, 0)).build();
 * ImageFit fit = ImageTrainer.on(model).image(picture).steps(2000).fit();
 * BufferedImage picture = model.render(256);
 * }</pre>
 */
public final class ImageMlp {
    /** The rows predicted at once: bounds the memory of a forward pass over a whole 512x512 image. */
    static final int CHUNK = 16384;
    private static final int COLOURS = 3;

    private final InputMapping mapping;
    private final Mlp network;
    private final int depth;
    private final int width;
    private final double learningRate;

    private ImageMlp(InputMapping mapping, Mlp network, int depth, int width, double learningRate) {
        this.mapping = mapping;
        this.network = network;
        this.depth = depth;
        this.width = width;
        this.learningRate = learningRate;
    }

    /** Returns a builder with the paper's settings; only {@code mapping(...)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the mapping the coordinates go through before the network. */
    public InputMapping mapping() {
        return mapping;
    }

    /** Returns the network after the mapping: {@code mapping().outputs()} inputs, 3 sigmoid outputs. */
    public Mlp network() {
        return network;
    }

    /** Returns the number of layers with weights: hidden layers plus the output layer. */
    public int depth() {
        return depth;
    }

    /** Returns the units of each hidden layer. */
    public int width() {
        return width;
    }

    /** Returns Adam's learning rate. */
    public double learningRate() {
        return learningRate;
    }

    /** Returns the mapping's short name, e.g. {@code gaussian σ=10}, for legends and tables. */
    public String name() {
        return mapping.name();
    }

    /**
     * Returns the colours, FLOAT {@code [n, 3]} in {@code [0, 1]}, the network gives positions
     * {@code [n, 2]}; mapped and computed {@value #CHUNK} rows at a time, so a 512x512 image never
     * holds all its 512-wide features at once.
     */
    public INDArray predict(INDArray coordinates) {
        Objects.requireNonNull(coordinates, "coordinates");
        return inChunks(coordinates, part -> network.output(mapping.apply(part)));
    }

    /** Returns the colours {@code [n, 3]} for already mapped features {@code [n, mapping().outputs()]}, in chunks of rows. */
    public INDArray predictFeatures(INDArray features) {
        Objects.requireNonNull(features, "features");
        return inChunks(features, network::output);
    }

    /** Draws the network's picture: the colour it predicts at every pixel of a {@code size x size} grid. */
    public BufferedImage render(int size) {
        return RgbPixels.toImage(predict(PixelGrid.of(size).coordinates()), size, size);
    }

    private static INDArray inChunks(INDArray rows, UnaryOperator<INDArray> colours) {
        if (rows.rank() != 2 || rows.rows() <= CHUNK) {
            return colours.apply(rows);
        }
        long count = rows.rows();
        INDArray result = Nd4j.create(DataType.FLOAT, count, COLOURS);
        for (long from = 0; from < count; from += CHUNK) {
            long to = Math.min(count, from + CHUNK);
            INDArray part = rows.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
            result.get(NDArrayIndex.interval(from, to), NDArrayIndex.all()).assign(colours.apply(part));
        }
        return result;
    }

    /** Returns e.g. {@code image MLP (gaussian σ=10): 512 features -> 3 x 256 relu -> 3 sigmoid, Adam lr 0.001, 263,683 parameters}. */
    @Override
    public String toString() {
        String hidden = depth > 1 ? (depth - 1) + " x " + width + " relu -> " : "";
        return String.format(Locale.ROOT, "image MLP (%s): %d features -> %s3 sigmoid, Adam lr %s, %,d parameters%n"
                + "  mapping: %s", name(), mapping.outputs(), hidden, learningRate, network.parameterCount(), mapping);
    }

    /** Settings for an {@link ImageMlp}: depth 4, width 256, Adam 1e-3, seed {@value Lecture#DEFAULT_SEED} unless set. */
    public static final class Builder {
        private InputMapping mapping;
        private int depth = 4;
        private int width = 256;
        private double learningRate = 1e-3;
        private long seed = Lecture.DEFAULT_SEED;
        private EngineFactory engine = EngineFactory.standard();

        private Builder() {
        }

        /** Sets the input mapping (required), e.g. {@code InputMapping.positional(128, 6)}. */
        public Builder mapping(InputMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        /** Sets the number of layers with weights, the output layer included (default 4: three hidden ReLU layers). */
        public Builder depth(int depth) {
            if (depth < 1) {
                throw new IllegalArgumentException("depth counts the layers with weights, the output layer included, so it is at "
                        + "least 1 (the paper uses 4: three hidden layers and the output); got " + depth);
            }
            this.depth = depth;
            return this;
        }

        /** Sets the units of every hidden layer (default 256). */
        public Builder width(int width) {
            if (width < 1) {
                throw new IllegalArgumentException("a hidden layer needs at least 1 unit (the paper uses 256); got " + width);
            }
            this.width = width;
            return this;
        }

        /** Sets Adam's learning rate (default 1e-3). */
        public Builder learningRate(double learningRate) {
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("the learning rate must be a finite number above 0 (the paper uses 1e-3); got "
                        + learningRate);
            }
            this.learningRate = learningRate;
            return this;
        }

        /** Sets the seed the network's fresh parameters are drawn with. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Sets the engine that computes the network (default {@link EngineFactory#standard()}). */
        public Builder engine(EngineFactory engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
            return this;
        }

        /** Returns the model with fresh parameters. */
        public ImageMlp build() {
            if (mapping == null) {
                throw new IllegalStateException("an ImageMlp needs an input mapping: add .mapping(InputMapping.none()), "
                        + "basic(), positional(128, 6) or gaussian(256, 10, seed)");
            }
            Mlp.Builder mlp = Mlp.builder().inputs(mapping.outputs());
            for (int i = 1; i < depth; i++) {
                mlp.hidden(width, Activation.RELU);
            }
            Mlp network = mlp.output(COLOURS, Activation.SIGMOID).loss(LossFunction.MSE).updater(new Adam(learningRate))
                    .seed(seed).dataType(DataType.FLOAT).engine(engine).build();
            return new ImageMlp(mapping, network, depth, width, learningRate);
        }
    }
}
