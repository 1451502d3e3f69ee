package org.lectern.nn;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.DataSet;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * A dense network of the lectures: its layers, its parameters and what training needs (one
 * updater step on a batch, the loss, the gradient). The concrete kinds are {@link Autoencoder},
 * {@link Classifier} and {@link Mlp}; each is built with its {@code builder()}.
 *
 * <p>The computing is done by an {@link Engine} (DL4J's {@code MultiLayerNetwork} by default);
 * {@link #toMultiLayerNetwork()} hands out a DL4J copy for what Lectern does not wrap.
 */
public abstract sealed class Network permits Autoencoder, Classifier, Mlp {
    private final NetworkSpec spec;
    private final Engine engine;
    private final EngineFactory engineFactory;
    private final ParameterLayout layout;

    Network(NetworkSpec spec, Engine engine, EngineFactory engineFactory) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.engineFactory = Objects.requireNonNull(engineFactory, "engineFactory");
        this.layout = new ParameterLayout(spec);
    }

    /** Returns what kind of network this is, e.g. {@code Autoencoder}. */
    public abstract String kind();

    /** Returns what training compares the output with: the features for an autoencoder, the labels otherwise. */
    abstract INDArray targets(DataSet batch);

    /** Returns the features a training step sees: the batch's own, or a corrupted copy for a denoising network. */
    INDArray trainingFeatures(INDArray features) {
        return features;
    }

    /** Returns what layer {@code layer} does in this kind of network, e.g. {@code encoder}. */
    abstract String role(int layer);

    /** Returns the layers, input side first; the last one is the output layer. */
    public List<LayerSpec> layers() {
        return spec.layers();
    }

    /** Returns the full description: layers, loss, updater, number type, seed and initialisation. */
    public NetworkSpec spec() {
        return spec;
    }

    /** Returns the number of input units. */
    public int inputs() {
        return spec.inputs();
    }

    /** Returns the number of output units. */
    public int outputs() {
        return spec.outputs();
    }

    /** Returns the total number of weights and biases. */
    public long parameterCount() {
        return spec.parameterCount();
    }

    /** Returns the loss of the output layer. */
    public LossFunction loss() {
        return spec.loss();
    }

    /** Returns a copy of the updater settings, e.g. {@code Sgd} with its learning rate. */
    public IUpdater updater() {
        return spec.updater().clone();
    }

    /** Returns the number type, {@code FLOAT} or {@code DOUBLE}. */
    public DataType dataType() {
        return spec.dataType();
    }

    /** Returns the seed the fresh parameters were drawn with. */
    public long seed() {
        return spec.seed();
    }

    /** Returns the engine that computes this network. */
    public Engine engine() {
        return engine;
    }

    /** Returns a copy of all parameters as one flat vector (layer by layer: weights column by column, then biases). */
    public INDArray params() {
        return engine.params();
    }

    /** Replaces all parameters with those of a flat vector laid out as {@link #params()} returns them. */
    public void setParams(INDArray params) {
        INDArray checked = ModelInputs.parameterVector(params, parameterCount(), kind() + " " + spec.sizes());
        engine.setParams(checked.reshape(checked.length()));
    }

    /**
     * Returns a copy of layer {@code layer}'s weights, shaped {@code [inputs, outputs]}: column
     * {@code j} holds the input weights of output unit {@code j} (PyTorch's weight matrix is the
     * transpose). For the first layer on MNIST each column is a 28x28 image.
     */
    public INDArray weights(int layer) {
        return layout.weights(engine.params(), layer).dup('c');
    }

    /** Returns a copy of layer {@code layer}'s biases, shaped {@code [outputs]}. */
    public INDArray bias(int layer) {
        return layout.bias(engine.params(), layer).dup();
    }

    /** Returns the network's output for features {@code [examples, inputs]} (or one example as a vector). */
    public INDArray output(INDArray features) {
        return engine.output(checkedFeatures(features));
    }

    /** Takes one updater step on the batch and returns the batch's mean loss before the step. */
    public double fitBatch(DataSet batch) {
        Objects.requireNonNull(batch, "batch");
        return engine.fit(trainingFeatures(checkedFeatures(batch.getFeatures())), checkedTargets(targets(batch)));
    }

    /** Returns the batch's mean loss against its targets (for an autoencoder its features), without training. */
    public double loss(DataSet batch) {
        Objects.requireNonNull(batch, "batch");
        return engine.loss(checkedFeatures(batch.getFeatures()), checkedTargets(targets(batch)));
    }

    /** Returns the mean loss over the examples, without training. */
    public double loss(INDArray features, INDArray targets) {
        return engine.loss(checkedFeatures(features), checkedTargets(targets));
    }

    /** Returns the gradient of the mean loss with respect to every parameter, laid out as {@link #params()}. */
    public INDArray gradient(INDArray features, INDArray targets) {
        return engine.gradient(checkedFeatures(features), checkedTargets(targets));
    }

    /** Tells the network that an epoch of training is over; the trainer calls it. */
    public void epochDone() {
        engine.epochDone();
    }

    /** Saves the network (layers, parameters, updater state) atomically, in DL4J's model format plus Lectern's entries. */
    public void save(Path file) {
        ModelFile.write(this, file);
    }

    /** Returns a DL4J {@code MultiLayerNetwork} with these layers and a copy of the parameters and updater state. */
    public MultiLayerNetwork toMultiLayerNetwork() {
        return engine.toMultiLayerNetwork();
    }

    /** Returns a table of the layers in the spirit of PyTorch's {@code print(net)}. */
    public String summary() {
        return NetworkSummary.of(this);
    }

    /** Returns {@link #summary()}. */
    @Override
    public String toString() {
        return summary();
    }

    EngineFactory engineFactory() {
        return engineFactory;
    }

    ParameterLayout layout() {
        return layout;
    }

    INDArray checkedFeatures(INDArray features) {
        return matrix(features, inputs(), "features");
    }

    INDArray checkedTargets(INDArray targets) {
        return matrix(targets, outputs(), "targets");
    }

    private INDArray matrix(INDArray array, int columns, String what) {
        Objects.requireNonNull(array, what);
        if (array.rank() == 1 && array.length() == columns) {
            return array.reshape(1, columns);
        }
        if (array.rank() != 2 || array.columns() != columns) {
            throw new IllegalArgumentException(kind() + " " + spec.sizes() + " expects " + what + " shaped [examples, "
                    + columns + "] (one example per row); got " + Arrays.toString(array.shape()));
        }
        return array;
    }
}
