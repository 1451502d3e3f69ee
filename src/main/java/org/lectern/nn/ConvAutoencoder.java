package org.lectern.nn;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * A convolutional autoencoder for one-channel images (the tutorial's): the encoder convolves
 * 1 -> 16 -> 32 -> 64 channels (3x3 stride 2, 3x3 stride 2, then a 7x7 kernel down to a 1x1 code
 * for 28x28 images), the decoder mirrors it with transposed convolutions (DL4J's
 * {@code Deconvolution2D}) back to 1 channel, sigmoid output. Images come and go as flat rows
 * {@code [examples, height * width]}, like the dense {@link Autoencoder}'s, and the default loss is
 * the same MSE (mean over pixels and examples), so reconstructions and loss curves sit side by side.
 *
 * <pre>{@code
 * ConvAutoencoder cae = ConvAutoencoder.builder().build();    // 28x28, channels 16-32-64, MSE, Adam 1e-3
 * TrainingHistory h = ReconstructionTrainer.on(cae).epochs(5).data(FashionMnist.train()).evaluateOn(FashionMnist.test()).fit();
 * INDArray again = cae.reconstruct(FashionMnist.test().features().get(NDArrayIndex.interval(0, 10), NDArrayIndex.all()));
 * }</pre>
 */
public final class ConvAutoencoder implements ReconstructionModel {
    /** The layers in order: three convolutions, three transposed convolutions, the loss. */
    private static final List<Class<?>> LAYERS = List.of(ConvolutionLayer.class, ConvolutionLayer.class,
            ConvolutionLayer.class, Deconvolution2D.class, Deconvolution2D.class, Deconvolution2D.class,
            LossLayer.class);
    /** How many images are pushed through at once when measuring many (convolution activations are large). */
    private static final int CHUNK = 1000;
    private static final int CODE_LAYER = 2;

    private final MultiLayerNetwork network;
    private final int height;
    private final int width;
    private final DataType dataType;

    ConvAutoencoder(MultiLayerNetwork network) {
        this.network = network;
        FeedForwardToCnnPreProcessor input = (FeedForwardToCnnPreProcessor) network.getLayerWiseConfigurations()
                .getInputPreProcess(0);
        this.height = (int) input.getInputHeight();
        this.width = (int) input.getInputWidth();
        this.dataType = network.getLayerWiseConfigurations().getDataType();
    }

    /**
     * Returns a builder with the tutorial's network and these defaults: 28x28 images, channels
     * 16, 32, 64, ReLU, sigmoid output, He initialisation, MSE, Adam 1e-3, seed 42, float.
     */
    public static ConvAutoencoderBuilder builder() {
        return new ConvAutoencoderBuilder();
    }

    /**
     * Loads a convolutional autoencoder saved with {@link #save(Path)}, with its updater state.
     *
     * @throws IllegalArgumentException if the file holds another kind of network
     */
    public static ConvAutoencoder load(Path file) {
        MultiLayerNetwork network = Dl4jModelFiles.read(file);
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        List<Class<?>> layers = conf.getConfs().stream().<Class<?>>map(c -> c.getLayer().getClass()).toList();
        if (!layers.equals(LAYERS) || !(conf.getInputPreProcess(0) instanceof FeedForwardToCnnPreProcessor)) {
            throw new IllegalArgumentException(file + " holds a network of " + Dl4jModelFiles.layerTypes(conf)
                    + " layers, not a ConvAutoencoder (3 ConvolutionLayers, 3 Deconvolution2Ds, a LossLayer); load it "
                    + "with the class that saved it, e.g. Vae.load(path) or Autoencoder.load(path)");
        }
        return new ConvAutoencoder(network);
    }

    @Override
    public String kind() {
        return "ConvAutoencoder";
    }

    /** Returns the shapes from image to code and back, e.g. {@code 1x28x28-16x14x14-32x7x7-[64x1x1]-32x7x7-16x14x14-1x28x28}. */
    @Override
    public String sizes() {
        List<Integer> c = channels();
        String half = c.get(0) + "x" + height / 2 + "x" + width / 2;
        String quarter = c.get(1) + "x" + height / 4 + "x" + width / 4;
        String image = "1x" + height + "x" + width;
        return String.join("-", image, half, quarter, "[" + c.get(2) + "x1x1]", quarter, half, image);
    }

    @Override
    public int inputs() {
        return height * width;
    }

    /** Returns the image height in pixels. */
    public int height() {
        return height;
    }

    /** Returns the image width in pixels. */
    public int width() {
        return width;
    }

    /** Returns the channels of the three encoder convolutions, e.g. {@code [16, 32, 64]}; the last is the code size. */
    public List<Integer> channels() {
        return List.of(0, 1, 2).stream()
                .map(i -> (int) ((ConvolutionLayer) network.getLayerWiseConfigurations().getConf(i).getLayer()).getNOut())
                .toList();
    }

    /** Returns the number of code values per image: the last convolution's channels (its output is 1x1). */
    public int codeSize() {
        return channels().get(2);
    }

    /** Returns the reconstruction loss, e.g. {@code MSE}. */
    public LossFunction loss() {
        ILossFunction function = ((LossLayer) network.getLayerWiseConfigurations().getConf(LAYERS.size() - 1)
                .getLayer()).getLossFn();
        return Arrays.stream(LossFunction.values()).filter(l -> l.getILossFunction().getClass() == function.getClass())
                .findFirst().orElseThrow();
    }

    /** Returns the number type, {@code FLOAT} or {@code DOUBLE}. */
    public DataType dataType() {
        return dataType;
    }

    /** Returns the seed the fresh parameters were drawn with. */
    public long seed() {
        return network.getLayerWiseConfigurations().getConf(0).getSeed();
    }

    /** Returns the total number of kernel weights and biases. */
    public long parameterCount() {
        return network.numParams();
    }

    @Override
    public IUpdater updater() {
        return ((ConvolutionLayer) network.getLayerWiseConfigurations().getConf(0).getLayer()).getIUpdater().clone();
    }

    @Override
    public INDArray params() {
        return network.params().dup();
    }

    /** Replaces all parameters with those of a flat vector laid out as {@link #params()} returns them. */
    public void setParams(INDArray params) {
        INDArray checked = ModelInputs.parameterVector(params, parameterCount(), owner());
        network.setParams(checked.castTo(dataType).reshape(1, checked.length()));
    }

    @Override
    public double fitBatch(INDArray features) {
        INDArray x = checked(features);
        network.fit(x, x);
        return network.score();
    }

    /** Returns the mean loss per image over the features (for MSE also over the pixels), without training. */
    @Override
    public double loss(INDArray features) {
        INDArray x = checked(features);
        double sum = 0;
        for (int start = 0; start < x.rows(); start += CHUNK) {
            INDArray chunk = x.get(NDArrayIndex.interval(start, Math.min(x.rows(), start + CHUNK)), NDArrayIndex.all());
            sum += network.score(new DataSet(chunk, chunk), false) * chunk.rows();
        }
        return sum / x.rows();
    }

    /** Returns the codes: the last convolution's outputs, {@code [examples, codeSize()]}. */
    public INDArray encode(INDArray features) {
        INDArray x = checked(features);
        return network.feedForwardToLayer(CODE_LAYER, x, false).get(CODE_LAYER + 1).reshape(x.rows(), codeSize());
    }

    /** Returns the reconstructions as flat rows, {@code [examples, height * width]}. */
    @Override
    public INDArray reconstruct(INDArray features) {
        return network.output(checked(features), false);
    }

    @Override
    public double reconstructionError(INDArray features) {
        return MeanSquaredError.of(this, ModelInputs.rows(features, inputs(), "features", owner()), CHUNK);
    }

    @Override
    public void epochDone() {
        network.incrementEpochCount();
    }

    /** Saves the network atomically as DL4J's model zip, with its parameters and updater state. */
    @Override
    public void save(Path file) {
        Dl4jModelFiles.write(network, file);
    }

    /** Returns a DL4J {@code MultiLayerNetwork} with these layers and a copy of the parameters and updater state. */
    public MultiLayerNetwork toMultiLayerNetwork() {
        return network.clone();
    }

    /** Returns a one-line description, e.g. {@code ConvAutoencoder 1x28x28-...-1x28x28: 210,369 parameters, float, ...}. */
    public String summary() {
        return String.format(Locale.ROOT, "ConvAutoencoder %s: %,d parameters, %s, 3 convolutions and 3 transposed "
                + "convolutions, loss %s, %s, seed %d", sizes(), parameterCount(),
                dataType.name().toLowerCase(Locale.ROOT), loss(), NetworkSummary.updater(updater()), seed());
    }

    /** Returns {@link #summary()}. */
    @Override
    public String toString() {
        return summary();
    }

    /** Returns the live DL4J network (for tests in this package). */
    MultiLayerNetwork network() {
        return network;
    }

    private INDArray checked(INDArray features) {
        return ModelInputs.rows(features, inputs(), "features", owner()).castTo(dataType);
    }

    private String owner() {
        return "ConvAutoencoder " + sizes();
    }
}
