package org.lectern.nn;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Everything that defines a dense network apart from its parameter values: the layers in order
 * (the last one is the output layer), the loss, the updater, the number type, the seed and how
 * parameters start. Engines build their network from it; it holds no DL4J type, so another
 * engine can read it as well.
 *
 * @param layers   the layers, each one's inputs equal to the previous one's outputs
 * @param loss     the loss of the output layer, averaged over the examples of a batch
 * @param updater  how a gradient becomes a parameter change, e.g. {@code new Sgd(0.98)}
 * @param dataType {@code FLOAT} or {@code DOUBLE}
 * @param seed     the seed fresh parameters are drawn with
 * @param init     how fresh parameters are drawn
 */
public record NetworkSpec(List<LayerSpec> layers, LossFunction loss, IUpdater updater, DataType dataType, long seed,
                          Init init) {

    /** Checks that the layers connect and that the number type is float or double. */
    public NetworkSpec {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).inputs() != layers.get(i - 1).outputs()) {
                throw new IllegalArgumentException("layer " + i + " takes " + layers.get(i).inputs()
                        + " inputs but layer " + (i - 1) + " gives " + layers.get(i - 1).outputs() + " outputs: "
                        + sizes(layers));
            }
        }
        LayerSpec output = layers.get(layers.size() - 1);
        if (output.activityL1().active()) {
            throw new IllegalArgumentException("an activity L1 penalty goes on a hidden layer; the output layer "
                    + output + " has one: put it on a hidden layer with .hidden(units, activation).activityL1(rho)");
        }
        if (output.hasDropout()) {
            throw new IllegalArgumentException("dropout goes on a hidden layer's outputs; the output layer " + output
                    + " has it: put it on a hidden layer with .hidden(units, activation).dropout(p)");
        }
        if (output.klSparsity().active() || output.contractive().active()) {
            throw new IllegalArgumentException("KL sparsity and contractive penalties go on a hidden layer; the output "
                    + "layer " + output + " has one: put it on a hidden sigmoid layer with .hidden(units, "
                    + "Activation.SIGMOID).klSparsity(rho, beta) or .contractive(lambda)");
        }
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(updater, "updater");
        Objects.requireNonNull(init, "init");
        if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
            throw new IllegalArgumentException("networks compute in FLOAT (fast) or DOUBLE (gradient checks); got "
                    + dataType);
        }
    }

    /** Returns the number of input units of the first layer. */
    public int inputs() {
        return layers.get(0).inputs();
    }

    /** Returns the number of output units of the last layer. */
    public int outputs() {
        return layers.get(layers.size() - 1).outputs();
    }

    /** Returns the total number of weights and biases. */
    public long parameterCount() {
        return layers.stream().mapToLong(LayerSpec::parameterCount).sum();
    }

    /** Returns a copy with other layers (and a fresh copy of the updater settings). */
    public NetworkSpec withLayers(List<LayerSpec> newLayers) {
        return new NetworkSpec(newLayers, loss, updater.clone(), dataType, seed, init);
    }

    /** Returns whether any layer has an activity L1 penalty. */
    public boolean hasActivityL1() {
        return layers.stream().anyMatch(l -> l.activityL1().active());
    }

    /** Returns whether any layer drops some of its outputs in training. */
    public boolean hasDropout() {
        return layers.stream().anyMatch(LayerSpec::hasDropout);
    }

    /** Returns the unit counts joined by dashes, e.g. {@code 784-400-256-400-784}. */
    public String sizes() {
        return sizes(layers);
    }

    private static String sizes(List<LayerSpec> layers) {
        return layers.get(0).inputs() + "-" + layers.stream().map(l -> String.valueOf(l.outputs()))
                .collect(Collectors.joining("-"));
    }
}
