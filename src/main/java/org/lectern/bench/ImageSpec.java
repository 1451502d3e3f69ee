package org.lectern.bench;

import java.util.List;
import java.util.Locale;

/**
 * Notebook 05's coordinate MLP as the bench times it (Tancik et al. 2020): a {@code size x size}
 * picture, its pixels with even row and column as the training set, Gaussian Fourier features of
 * {@code mappingSize} frequencies (sigma), {@code depth} layers of {@code width} (ReLU, sigmoid RGB
 * output), MSE, Adam; one timed sample is {@code steps} full-batch steps. {@link #arguments()} is
 * the same on both sides: {@code bench/peer.py image} reads the same options.
 */
public record ImageSpec(int size, int mappingSize, double sigma, int width, int depth, double learningRate, int steps,
                        long seed) {
    /** The notebook's CPU setting: a 256 x 256 picture (16384 training pixels), the paper's network, 20 steps per sample. */
    public static final ImageSpec NOTEBOOK = new ImageSpec(256, 256, 10, 256, 4, 1e-3, 20, 42);
    /** The smoke-run setting of {@code --quick}. */
    public static final ImageSpec QUICK = new ImageSpec(64, 256, 10, 256, 4, 1e-3, 5, 42);

    /** Checks the sizes. */
    public ImageSpec {
        if (size < 2 || size % 2 != 0) {
            throw new IllegalArgumentException("--size must be even and at least 2; got " + size);
        }
        if (mappingSize < 1 || width < 1 || steps < 1 || depth < 2) {
            throw new IllegalArgumentException("--mapping-size, --width and --steps must be at least 1 and --depth at "
                    + "least 2; got " + mappingSize + ", " + width + ", " + steps + " and " + depth);
        }
        if (!(sigma > 0) || !(learningRate > 0)) {
            throw new IllegalArgumentException("--sigma and --lr must be above 0; got " + sigma + " and " + learningRate);
        }
    }

    /** Reads the options that {@link #arguments()} writes. */
    static ImageSpec parse(List<String> args) {
        Arguments read = Arguments.of(args, List.of("--size", "--mapping-size", "--sigma", "--width", "--depth", "--lr",
                "--steps", "--seed"));
        return new ImageSpec(read.whole("--size"), read.whole("--mapping-size"), read.number("--sigma"),
                read.whole("--width"), read.whole("--depth"), read.number("--lr"), read.whole("--steps"),
                read.whole("--seed"));
    }

    /** Returns the options of both sides' workers. */
    public List<String> arguments() {
        return List.of("--size", String.valueOf(size), "--mapping-size", String.valueOf(mappingSize), "--sigma",
                number(sigma), "--width", String.valueOf(width), "--depth", String.valueOf(depth), "--lr",
                number(learningRate), "--steps", String.valueOf(steps), "--seed", String.valueOf(seed));
    }

    /** Returns the number of training pixels, the batch of every step. */
    public int trainingPixels() {
        return (size / 2) * (size / 2);
    }

    /** Returns the row title, e.g. {@code coordinate MLP, 256x256 picture (16384 training pixels), ...}. */
    public String title() {
        return String.format(Locale.ROOT, "coordinate MLP, %dx%d picture (%d training pixels per full-batch step), "
                + "Gaussian features %d (sigma %s), %d layers of %d, Adam", size, size, trainingPixels(), mappingSize,
                number(sigma), depth, width);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
