package org.lectern.coordinates;

import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * Thrown when training a coordinate network makes the loss or the network's output NaN or
 * infinite: its parameters are then unusable, so training stops instead of going on with them.
 * The message says at which step and what to try; {@link #table()} holds the PSNRs recorded before.
 */
public final class ImageFitDivergedException extends RuntimeException {
    private final int step;
    private final double loss;
    private final transient Table table;

    ImageFitDivergedException(String what, int step, int steps, double loss, double learningRate, Table table) {
        super(String.format(Locale.ROOT, "Training stopped: %s at step %d of %d. The network's parameters are no longer "
                + "usable. Try a lower learning rate than %s (e.g. %s): build the model again with .learningRate(%s) and "
                + "train it again.", what, step, steps, learningRate, learningRate / 10, learningRate / 10));
        this.step = step;
        this.loss = loss;
        this.table = table;
    }

    /** Returns the step (from 1) whose loss or output was not finite. */
    public int step() {
        return step;
    }

    /** Returns the offending loss, or the last finite one when the output was found broken after a step. */
    public double loss() {
        return loss;
    }

    /** Returns the PSNRs recorded before training stopped (columns step, train PSNR, test PSNR). */
    public Table table() {
        return table;
    }
}
