package org.lectern.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What one benchmark workload trains, in the words both workers understand: layer sizes, one
 * activation per layer, loss, optimizer, learning rate, batch size, and optionally input noise and
 * the L1 activity penalty. {@link #arguments()} writes it as the command line that
 * {@code bench/peer.py train} and {@link WorkerMain} both read back with {@link #parse(List)}, so
 * the two sides cannot drift apart.
 *
 * @param sizes        units per layer boundary, input first, e.g. {@code [784, 400, 784]}
 * @param activations  one per layer: {@code tanh}, {@code sigmoid}, {@code relu}, or {@code logsoftmax} (last layer, with NLL)
 * @param loss         {@code mse} (autoencoder: the clean images are the targets) or {@code nll} (the labels are)
 * @param optimizer    {@code sgd} or {@code adam}
 * @param learningRate the optimizer's learning rate
 * @param batch        images per batch
 * @param noise        Gaussian input corruption, or null for none
 * @param l1           the L1 activity penalty rho on the first layer's activations, or null for none
 */
public record TrainingSpec(List<Integer> sizes, List<String> activations, String loss, String optimizer,
                           double learningRate, int batch, Noise noise, Double l1) {
    private static final List<String> ACTIVATIONS = List.of("tanh", "sigmoid", "relu", "logsoftmax");

    /**
     * Gaussian corruption of a batch's input: {@code clamp(x + N(mean, sigma), 0, 1)}, fresh every batch.
     *
     * @param mean  the noise mean
     * @param sigma the noise standard deviation, at least 0
     */
    public record Noise(double mean, double sigma) {
        /** Checks that sigma is a number of at least 0. */
        public Noise {
            if (!(sigma >= 0) || !Double.isFinite(mean)) {
                throw new IllegalArgumentException("noise needs a finite mean and a sigma of at least 0; got mean "
                        + mean + ", sigma " + sigma);
            }
        }
    }

    /** Checks that the parts fit together: one activation per layer, known names, a logsoftmax output exactly with NLL. */
    public TrainingSpec {
        sizes = List.copyOf(sizes);
        activations = List.copyOf(activations);
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(optimizer, "optimizer");
        if (sizes.size() < 2 || sizes.stream().anyMatch(s -> s < 1)) {
            throw new IllegalArgumentException("a network needs at least two positive sizes such as 784,400,784; got "
                    + sizes);
        }
        if (activations.size() != sizes.size() - 1) {
            throw new IllegalArgumentException("one activation per layer: " + (sizes.size() - 1) + " layers but "
                    + activations.size() + " activations " + activations);
        }
        for (String name : activations) {
            if (!ACTIVATIONS.contains(name)) {
                throw new IllegalArgumentException("unknown activation '" + name + "'; use one of " + ACTIVATIONS);
            }
        }
        if (!List.of("mse", "nll").contains(loss) || !List.of("sgd", "adam").contains(optimizer)) {
            throw new IllegalArgumentException("loss is mse or nll and optimizer sgd or adam; got " + loss + ", "
                    + optimizer);
        }
        if (activations.get(activations.size() - 1).equals("logsoftmax") != loss.equals("nll")) {
            throw new IllegalArgumentException("a logsoftmax output goes with the nll loss, and only with it; got "
                    + activations + " with " + loss);
        }
        if (!(learningRate > 0) || batch < 1 || (l1 != null && !(l1 >= 0))) {
            throw new IllegalArgumentException("learning rate must be above 0, batch at least 1 and l1 at least 0; got "
                    + learningRate + ", " + batch + ", " + l1);
        }
    }

    /** Returns the number of layers. */
    public int layerCount() {
        return sizes.size() - 1;
    }

    /** Returns the sizes joined with dashes, e.g. {@code 784-400-784}. */
    public String shape() {
        return sizes.stream().map(String::valueOf).collect(Collectors.joining("-"));
    }

    /** Returns the arguments after {@code train} for {@code bench/peer.py} and {@link WorkerMain}. */
    public List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("--sizes", join(sizes), "--activations", String.join(",", activations),
                "--loss", loss, "--optimizer", optimizer, "--lr", number(learningRate), "--batch", String.valueOf(batch)));
        if (noise != null) {
            args.addAll(List.of("--noise-mean", number(noise.mean()), "--noise-sigma", number(noise.sigma())));
        }
        if (l1 != null) {
            args.addAll(List.of("--l1", number(l1)));
        }
        return args;
    }

    /**
     * Reads the arguments {@link #arguments()} writes; others are refused.
     *
     * @throws IllegalArgumentException naming the argument that is unknown, repeated, missing or malformed
     */
    public static TrainingSpec parse(List<String> args) {
        Arguments read = Arguments.of(args, List.of("--sizes", "--activations", "--loss", "--optimizer", "--lr",
                "--batch", "--noise-mean", "--noise-sigma", "--l1"));
        String mean = read.optional("--noise-mean");
        String sigma = read.optional("--noise-sigma");
        if ((mean == null) != (sigma == null)) {
            throw new IllegalArgumentException("give both --noise-mean and --noise-sigma, or neither");
        }
        String l1 = read.optional("--l1");
        return new TrainingSpec(sizes(read.required("--sizes")), List.of(read.required("--activations").split(",")),
                read.required("--loss"), read.required("--optimizer"), read.number("--lr"),
                read.whole("--batch"), mean == null ? null : new Noise(Double.parseDouble(mean), Double.parseDouble(sigma)),
                l1 == null ? null : Arguments.parseNumber("--l1", l1));
    }

    /** Reads sizes written as {@code 784,400,784}. */
    static List<Integer> sizes(String text) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.split(",")) {
            sizes.add(Arguments.parseWhole("--sizes", part));
        }
        return sizes;
    }

    static String join(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Writes a number so that reading it back gives the same double, without a trailing {@code .0}. */
    static String number(double value) {
        String text = Double.toString(value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text.toLowerCase(Locale.ROOT);
    }
}
