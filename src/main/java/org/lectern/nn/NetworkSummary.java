package org.lectern.nn;

import java.util.List;
import java.util.Locale;
import org.nd4j.linalg.learning.config.IUpdater;

/** Writes a network as a small table, in the spirit of PyTorch's {@code print(net)}. */
final class NetworkSummary {
    private NetworkSummary() {
    }

    /**
     * Returns e.g.
     * <pre>
     * Autoencoder 784-400-784: 628,384 parameters, float, loss MSE, Sgd lr 0.98, seed 42
     *   #  layer               activation   parameters  role
     *   0  Linear(784 -> 400)  tanh            314,000  encoder (code)
     *   1  Linear(400 -> 784)  sigmoid         314,384  decoder (output)
     * </pre>
     */
    static String of(Network network) {
        NetworkSpec spec = network.spec();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s %s: %,d parameters, %s, loss %s, %s, seed %d%n", network.kind(),
                spec.sizes(), spec.parameterCount(), spec.dataType().name().toLowerCase(Locale.ROOT), spec.loss(),
                updater(spec.updater()), spec.seed()));
        if (network instanceof Autoencoder ae && ae.denoising().isPresent()) {
            out.append("  denoising: inputs corrupted with ").append(ae.denoising().get()).append(String.format("%n"));
        }
        List<LayerSpec> layers = spec.layers();
        int width = "layer".length();
        for (LayerSpec layer : layers) {
            width = Math.max(width, linear(layer).length());
        }
        String row = "  %-" + digits(layers.size()) + "s  %-" + width + "s  %-10s  %,11d  %s%n";
        out.append(String.format(Locale.ROOT, "  %-" + digits(layers.size()) + "s  %-" + width + "s  %-10s  %11s  %s%n",
                "#", "layer", "activation", "parameters", "role"));
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec layer = layers.get(i);
            out.append(String.format(Locale.ROOT, row, i, linear(layer), layer.activationName(),
                    layer.parameterCount(), network.role(i) + (layer.penalised() ? ", " + layer.penalties() : "")
                            + (layer.hasDropout() ? ", " + layer.dropoutText() + " in training" : "")));
        }
        return out.toString().stripTrailing();
    }

    /** Returns e.g. {@code Sgd lr 0.98}, or the updater's class name if it has no learning rate. */
    static String updater(IUpdater updater) {
        String name = updater.getClass().getSimpleName();
        return updater.hasLearningRate()
                ? name + " lr " + number(updater.getLearningRate(0, 0))
                : name;
    }

    private static String linear(LayerSpec layer) {
        return "Linear(" + layer.inputs() + " -> " + layer.outputs() + ")";
    }

    private static int digits(int count) {
        return Math.max(1, String.valueOf(count - 1).length());
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+(e|$)", "$1");
    }
}
