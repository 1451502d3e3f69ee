package org.lectern.coordinates;

import java.math.BigDecimal;
import java.math.MathContext;
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
        super(message(what, step, steps, learningRate));
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

    private static String message(String what, int step, int steps, double learningRate) {
        if (step == 0) {
            return "Training cannot start: " + what + " before the first step, so the network's parameters are not "
                    + "finite. Build the model again.";
        }
        String lower = number(learningRate / 10);
        return "Training stopped: " + what + " at step " + step + " of " + steps + ". The network's parameters are no "
                + "longer usable. Try a lower learning rate than " + number(learningRate) + " (e.g. " + lower
                + "): build the model again with .learningRate(" + lower + ") and train it again.";
    }

    /** Returns a rate with at most three significant digits: 0.001, 0.0001, 3E-5. */
    private static String number(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toString();
    }
}
