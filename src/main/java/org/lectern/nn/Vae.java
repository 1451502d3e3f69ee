package org.lectern.nn;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.variational.BernoulliReconstructionDistribution;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * A variational autoencoder (Kingma and Welling): the encoder maps an image to a Gaussian
 * q(z|x) over a small latent space, a code is drawn from it ({@code z = mean + sigma * eps}), and
 * the decoder maps the code to one Bernoulli probability per pixel. Training minimises
 * {@code loss = reconstruction + KL}: the binary cross-entropy of the pixels summed over the
 * image, plus the KL divergence of q(z|x) from the prior N(0, I) ({@link VaeLoss}), mean per image.
 * Computed by DL4J's {@code VariationalAutoencoder} layer, trained with its pretraining API.
 *
 * <pre>{@code
 * Vae vae = Vae.builder().encoder(512, 256).latent(2).updater(new Adam(1e-3)).build();
 * TrainingHistory history = ReconstructionTrainer.on(vae).epochs(10).data(Mnist.train()).evaluateOn(Mnist.test()).fit();
 * INDArray digits = vae.sample(100, 7);                 // new digits from the prior, [100, 784]
 * INDArray walk = vae.walk(imageOf3, imageOf8, 10);     // decoded codes on the line between two digits
 * }</pre>
 */
public final class Vae implements ReconstructionModel {
    /** How many examples are pushed through the network at once when measuring many. */
    private static final int CHUNK = 5000;

    private final MultiLayerNetwork network;
    private final Layer layer;
    private final org.deeplearning4j.nn.conf.layers.variational.VariationalAutoencoder conf;
    private final VaeForward forward;
    private final DataType dataType;

    Vae(MultiLayerNetwork network) {
        this.network = network;
        this.layer = network.getLayer(0);
        this.conf = (org.deeplearning4j.nn.conf.layers.variational.VariationalAutoencoder) layer.conf().getLayer();
        this.forward = new VaeForward(layer);
        this.dataType = network.getLayerWiseConfigurations().getDataType();
    }

    /**
     * Returns a builder with these defaults: 784 inputs, encoder 512-256, a 2-D latent space,
     * decoder mirroring the encoder (256-512), ReLU hidden layers, He initialisation, Adam 1e-3, seed 42, float.
     */
    public static VaeBuilder builder() {
        return new VaeBuilder();
    }

    /**
     * Loads a variational autoencoder saved with {@link #save(Path)} (its parameters; training
     * after loading starts the updater afresh, see {@link #save}).
     *
     * @throws IllegalArgumentException if the file holds another kind of network
     */
    public static Vae load(Path file) {
        MultiLayerNetwork network = Dl4jModelFiles.read(file);
        var layers = network.getLayerWiseConfigurations().getConfs();
        boolean isVae = layers.size() == 1
                && layers.get(0).getLayer() instanceof org.deeplearning4j.nn.conf.layers.variational.VariationalAutoencoder v
                && v.getOutputDistribution() instanceof BernoulliReconstructionDistribution;
        if (!isVae) {
            throw new IllegalArgumentException(file + " holds a network of " + Dl4jModelFiles.layerTypes(
                    network.getLayerWiseConfigurations()) + " layers, not a Vae (one VariationalAutoencoder layer with "
                    + "Bernoulli pixels); load it with the class that saved it, e.g. Autoencoder.load(path)");
        }
        return new Vae(network);
    }

    @Override
    public String kind() {
        return "Vae";
    }

    @Override
    public String sizes() {
        StringBuilder sizes = new StringBuilder().append(inputs());
        Arrays.stream(conf.getEncoderLayerSizes()).forEach(s -> sizes.append('-').append(s));
        sizes.append("-[").append(latentSize()).append(']');
        Arrays.stream(conf.getDecoderLayerSizes()).forEach(s -> sizes.append('-').append(s));
        return sizes.append('-').append(inputs()).toString();
    }

    @Override
    public int inputs() {
        return (int) conf.getNIn();
    }

    /** Returns the number of latent dimensions (the size of a code). */
    public int latentSize() {
        return (int) conf.getNOut();
    }

    /** Returns the sizes of the encoder's hidden layers, input side first. */
    public List<Integer> encoderSizes() {
        return Arrays.stream(conf.getEncoderLayerSizes()).boxed().toList();
    }

    /** Returns the sizes of the decoder's hidden layers, code side first. */
    public List<Integer> decoderSizes() {
        return Arrays.stream(conf.getDecoderLayerSizes()).boxed().toList();
    }

    /** Returns the number type, {@code FLOAT} or {@code DOUBLE}. */
    public DataType dataType() {
        return dataType;
    }

    /** Returns the seed of the fresh parameters, which also seeds the noise of {@link #loss(INDArray)}. */
    public long seed() {
        return layer.conf().getSeed();
    }

    /** Returns the total number of weights and biases. */
    public long parameterCount() {
        return network.numParams();
    }

    @Override
    public IUpdater updater() {
        return conf.getIUpdater().clone();
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

    /** Takes one updater step (DL4J's pretraining step) on the images and returns their mean loss before the step. */
    @Override
    public double fitBatch(INDArray features) {
        network.pretrainLayer(0, ModelInputs.pixels(features, inputs(), owner()).castTo(dataType));
        return layer.score();
    }

    /** Returns {@link #lossTerms(INDArray)}{@code .total()}: the mean negative evidence lower bound per image. */
    @Override
    public double loss(INDArray features) {
        return lossTerms(features).total();
    }

    /**
     * Returns the two terms of the loss, mean per image: the KL term exactly, the reconstruction
     * term for one code per image drawn from q(z|x) with noise from {@link #seed()}, so the same
     * images give the same numbers.
     */
    public VaeLoss lossTerms(INDArray features) {
        INDArray x = ModelInputs.pixels(features, inputs(), owner()).castTo(dataType);
        Random noise = new Random(seed());
        double reconstruction = 0;
        double kl = 0;
        for (int start = 0; start < x.rows(); start += CHUNK) {
            INDArray chunk = x.get(NDArrayIndex.interval(start, Math.min(x.rows(), start + CHUNK)), NDArrayIndex.all());
            Posterior q = forward.posterior(chunk);
            INDArray codes = standardNormal(noise, chunk.rows()).muli(q.standardDeviation())
                    .addi(q.mean().castTo(DataType.DOUBLE)).castTo(dataType);
            reconstruction += conf.getOutputDistribution()
                    .exampleNegLogProbability(chunk, forward.decoderPreOutput(codes)).sumNumber().doubleValue();
            kl += Arrays.stream(q.kl()).sum();
        }
        return new VaeLoss(reconstruction / x.rows(), kl / x.rows());
    }

    /** Returns q(z|x) for the images: the mean and log-variance of each image's code, {@code [examples, latent]}. */
    public Posterior posterior(INDArray features) {
        return forward.posterior(ModelInputs.rows(features, inputs(), "features", owner()).castTo(dataType));
    }

    /** Returns the codes of the images: the means of q(z|x), {@code [examples, latent]}. */
    public INDArray encode(INDArray features) {
        return network.output(ModelInputs.rows(features, inputs(), "features", owner()).castTo(dataType), false);
    }

    /** Returns the decoder's images for codes {@code [examples, latent]}: the Bernoulli means, pixels in (0, 1). */
    public INDArray decode(INDArray codes) {
        INDArray z = ModelInputs.rows(codes, latentSize(), "codes", owner()).castTo(dataType);
        return ((org.deeplearning4j.nn.layers.variational.VariationalAutoencoder) layer).generateAtMeanGivenZ(z);
    }

    /** Returns the reconstructions at the mean code: {@code decode(encode(features))}, {@code [examples, inputs]}. */
    @Override
    public INDArray reconstruct(INDArray features) {
        return decode(encode(features));
    }

    @Override
    public double reconstructionError(INDArray features) {
        return MeanSquaredError.of(this, ModelInputs.rows(features, inputs(), "features", owner()), CHUNK);
    }

    /**
     * Returns {@code count} new images generated from the prior: codes drawn from N(0, I) with
     * {@code seed}, decoded to Bernoulli means, {@code [count, inputs]} with pixels in (0, 1).
     */
    public INDArray sample(int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("sample(count, seed) needs a count of at least 1; got " + count);
        }
        return decode(standardNormal(new Random(seed), count).castTo(dataType));
    }

    /**
     * Returns a latent walk between two images: their codes (means of q(z|x)) joined by a straight
     * line, {@code steps} evenly spaced codes on it decoded, {@code [steps, inputs]}; the first row
     * is {@code reconstruct(from)}, the last {@code reconstruct(to)}.
     */
    public INDArray walk(INDArray from, INDArray to, int steps) {
        INDArray a = encode(ModelInputs.single(from, inputs(), "from", owner()));
        INDArray b = encode(ModelInputs.single(to, inputs(), "to", owner()));
        return decode(interpolate(a, b, steps));
    }

    /**
     * Returns {@code steps} codes evenly spaced on the line from {@code from} to {@code to} (both
     * included), {@code [steps, latent]}: row k is {@code from + k / (steps - 1) * (to - from)}.
     */
    public static INDArray interpolate(INDArray from, INDArray to, int steps) {
        return LatentCodes.line(from, to, steps);
    }

    /**
     * Returns the decoded images of a {@code side x side} grid of codes covering
     * {@code [-extent, extent]} in both latent dimensions (a 2-D latent space only), row by row:
     * rows from {@code z2 = extent} down to {@code -extent}, columns from {@code z1 = -extent} to
     * {@code extent}, {@code [side * side, inputs]}; show with {@code ImageGrid.builder().images(m).columns(side)}.
     */
    public INDArray manifold(int side, double extent) {
        return decode(LatentCodes.grid(latentSize(), side, extent).castTo(dataType));
    }

    @Override
    public void epochDone() {
        layer.conf().setEpochCount(layer.conf().getEpochCount() + 1);
    }

    /**
     * Saves the Vae atomically as DL4J's model zip (configuration and parameters). DL4J keeps the
     * updater state of pretraining in the layer's own optimiser, which its model file leaves out:
     * a loaded Vae decodes, samples and measures as saved, and further training starts the
     * updater (e.g. Adam's moments) afresh.
     */
    @Override
    public void save(Path file) {
        Dl4jModelFiles.write(network, file);
    }

    /** Returns a DL4J {@code MultiLayerNetwork} with this Vae's layer and a copy of its parameters. */
    public MultiLayerNetwork toMultiLayerNetwork() {
        return network.clone();
    }

    /** Returns a one-line description, e.g. {@code Vae 784-512-256-[2]-256-512-784: 1,068,820 parameters, float, ...}. */
    public String summary() {
        return String.format(Locale.ROOT, "Vae %s: %,d parameters, %s, %s hidden layers, Bernoulli pixels (sigmoid), "
                + "%s, seed %d", sizes(), parameterCount(), dataType.name().toLowerCase(Locale.ROOT),
                conf.getActivationFn(), NetworkSummary.updater(updater()), seed());
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

    private String owner() {
        return "Vae " + sizes();
    }

    private INDArray standardNormal(Random noise, long rows) {
        double[][] values = new double[Math.toIntExact(rows)][latentSize()];
        for (double[] row : values) {
            for (int j = 0; j < row.length; j++) {
                row[j] = noise.nextGaussian();
            }
        }
        return Nd4j.createFromArray(values);
    }
}
