package org.lectern.nn;

import java.util.Objects;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.lectern.lecture.Lecture;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Settings for a {@link ConvAutoencoder}; start with {@link ConvAutoencoder#builder()}. The
 * network is the tutorial's: three convolutions (3x3 stride 2, 3x3 stride 2, then one kernel as
 * large as what is left, down to 1x1) and three mirrored transposed convolutions back to the image.
 *
 * <pre>{@code
 * ConvAutoencoder cae = ConvAutoencoder.builder().image(28, 28).channels(16, 32, 64)
 *         .activation(Activation.RELU).loss(LossFunction.MSE).updater(new Adam(1e-3)).build();
 * }</pre>
 */
public final class ConvAutoencoderBuilder {
    private int height = 28;
    private int width = 28;
    private int[] channels = {16, 32, 64};
    private Activation activation = Activation.RELU;
    private Activation outputActivation = Activation.SIGMOID;
    private LossFunction loss = LossFunction.MSE;
    private IUpdater updater = new Adam(1e-3);
    private long seed = Lecture.DEFAULT_SEED;
    private DataType dataType = DataType.FLOAT;
    private Init init = Init.of(WeightInit.RELU);

    ConvAutoencoderBuilder() {
    }

    /**
     * Sets the image size (one grey channel); default 28x28. Both sides must be multiples of 4,
     * since two stride-2 convolutions halve them twice and the transposed ones double them back.
     */
    public ConvAutoencoderBuilder image(int height, int width) {
        requireMultipleOfFour("height", height);
        requireMultipleOfFour("width", width);
        this.height = height;
        this.width = width;
        return this;
    }

    /** Sets the channels of the three encoder convolutions (the decoder mirrors them); default 16, 32, 64. */
    public ConvAutoencoderBuilder channels(int first, int second, int code) {
        NetworkBuilder.requirePositive("the first convolution's channels", first);
        NetworkBuilder.requirePositive("the second convolution's channels", second);
        NetworkBuilder.requirePositive("the code's channels", code);
        this.channels = new int[] {first, second, code};
        return this;
    }

    /** Sets the activation after every convolution but the code and the output; default {@code RELU}. */
    public ConvAutoencoderBuilder activation(Activation activation) {
        this.activation = Objects.requireNonNull(activation, "activation");
        return this;
    }

    /** Sets the activation of the output pixels; default {@code SIGMOID}, for pixels in [0, 1]. */
    public ConvAutoencoderBuilder outputActivation(Activation activation) {
        this.outputActivation = Objects.requireNonNull(activation, "activation");
        return this;
    }

    /**
     * Sets the reconstruction loss; default {@code MSE}, the mean over pixels and examples exactly
     * as {@link Autoencoder}'s, so the two curves compare; {@code XENT} sums over the pixels, also as there.
     */
    public ConvAutoencoderBuilder loss(LossFunction loss) {
        this.loss = Objects.requireNonNull(loss, "loss");
        return this;
    }

    /** Sets how gradients become parameter changes; default {@code new Adam(1e-3)}. */
    public ConvAutoencoderBuilder updater(IUpdater updater) {
        this.updater = Objects.requireNonNull(updater, "updater").clone();
        return this;
    }

    /** Sets the seed the fresh parameters are drawn with (default {@value Lecture#DEFAULT_SEED}). */
    public ConvAutoencoderBuilder seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** Sets the number type: {@code DataType.FLOAT} (default) or {@code DataType.DOUBLE} (gradient checks). */
    public ConvAutoencoderBuilder dataType(DataType dataType) {
        if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
            throw new IllegalArgumentException("a ConvAutoencoder computes in FLOAT or DOUBLE; got " + dataType);
        }
        this.dataType = dataType;
        return this;
    }

    /**
     * Sets how DL4J draws the kernels; biases start at zero. Default {@code Init.of(WeightInit.RELU)} (He),
     * which suits the ReLU layers: with {@link Init#PYTORCH}'s bound {@code 1/sqrt(fanIn)} and zero biases the
     * six-layer network barely moved in its first epochs (test MSE 0.041 against 0.023 after 4 epochs of 2000
     * Fashion-MNIST images).
     */
    public ConvAutoencoderBuilder init(Init init) {
        this.init = Objects.requireNonNull(init, "init");
        return this;
    }

    /** Returns the convolutional autoencoder with fresh parameters drawn from the seed. */
    public ConvAutoencoder build() {
        int codeHeight = height / 4;
        int codeWidth = width / 4;
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(updater.clone())
                .weightInit(init.weightInit())
                .dataType(dataType)
                .list()
                .layer(convolution(3, 3, 2, channels[0], activation))
                .layer(convolution(3, 3, 2, channels[1], activation))
                .layer(convolution(codeHeight, codeWidth, 1, channels[2], Activation.IDENTITY))
                .layer(deconvolution(codeHeight, codeWidth, 1, channels[1], activation))
                .layer(deconvolution(3, 3, 2, channels[0], activation))
                .layer(deconvolution(3, 3, 2, 1, outputActivation))
                .layer(lossLayer())
                .setInputType(InputType.convolutionalFlat(height, width, 1))
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return new ConvAutoencoder(network);
    }

    /**
     * Returns the loss on the flattened output. The output activation sits on the last layer, not here: DL4J M2.1
     * scores a LossLayer with an activation differently in training and in evaluation (off by a few percent).
     */
    private LossLayer lossLayer() {
        LossLayer layer = new LossLayer.Builder(loss).activation(Activation.IDENTITY).build();
        // Its builder refuses sizes; without one DL4J warns about a zero-sized output type on every first build.
        layer.setNOut(height * width);
        return layer;
    }

    // Stride 2 uses "same" padding (size / 2); stride 1 uses none, so a kernel as large as its input gives 1x1.
    private static ConvolutionLayer convolution(int kernelHeight, int kernelWidth, int stride, int channels,
                                                Activation activation) {
        return new ConvolutionLayer.Builder(kernelHeight, kernelWidth).stride(stride, stride).nOut(channels)
                .convolutionMode(stride == 1 ? ConvolutionMode.Truncate : ConvolutionMode.Same)
                .activation(activation).build();
    }

    // Transposed: stride 2 with "same" padding doubles the size; stride 1 without padding grows 1x1 to the kernel.
    private static Deconvolution2D deconvolution(int kernelHeight, int kernelWidth, int stride, int channels,
                                                 Activation activation) {
        return new Deconvolution2D.Builder(kernelHeight, kernelWidth).stride(stride, stride).nOut(channels)
                .convolutionMode(stride == 1 ? ConvolutionMode.Truncate : ConvolutionMode.Same)
                .activation(activation).build();
    }

    private static void requireMultipleOfFour(String side, int size) {
        if (size < 4 || size % 4 != 0) {
            throw new IllegalArgumentException("the image " + side + " must be a multiple of 4 (two stride-2 "
                    + "convolutions halve it twice and the decoder doubles it back), such as 28; got " + size);
        }
    }
}
