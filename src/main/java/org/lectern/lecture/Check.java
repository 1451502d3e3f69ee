package org.lectern.lecture;

import java.awt.image.BufferedImage;
import org.lectern.train.TrainingHistory;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Checks for exercise cells: a student computes something, the check says whether it meets the
 * stated bar, with the measured value and a hint. A passed check is the cell's result, shown as
 * {@code PASS: ...}; a failed one throws {@link CheckFailed}, which the notebook shows as an error
 * {@code FAIL: ... Hint: ...} without a stack trace (and which nbgrader counts as a failed test).
 * Give the hint before the bar: the bar ends the check.
 *
 * <pre>{@code
 * Check.that("final reconstruction loss", history.last().loss()).hint("train longer").isBelow(0.07);
 * Check.that("mean activation", mean).isCloseTo(0.05, Tolerance.relative(0.1));
 * Check.that("codes of the test digits", codes).hasShape(10000, 400);
 * Check.loss("training loss", history).decreases();
 * Check.accuracy("test accuracy", history).isAbove(90);
 * Check.image("your reconstruction", rendered).hasPsnrAbove(truth, 25);
 * }</pre>
 */
public final class Check {
    private Check() {
    }

    /** Starts a check of a named number. */
    public static NumberCheck that(String what, double value) {
        return new NumberCheck(what, value);
    }

    /** Starts a check of a named array's shape. */
    public static ShapeCheck that(String what, INDArray array) {
        return new ShapeCheck(what, array);
    }

    /** Starts a check that the training loss of a history decreases (see {@link LossCheck} for what noise it tolerates). */
    public static LossCheck loss(String what, TrainingHistory history) {
        return new LossCheck(what, history == null ? null : history.losses());
    }

    /** Starts a check that a series of losses, in epoch order, decreases. */
    public static LossCheck loss(String what, double... losses) {
        return new LossCheck(what, losses);
    }

    /** Starts a check of an accuracy in percent. */
    public static AccuracyCheck accuracy(String what, double percent) {
        return new AccuracyCheck(what, percent, "");
    }

    /** Starts a check of the test accuracy after the last epoch of a history. */
    public static AccuracyCheck accuracy(String what, TrainingHistory history) {
        if (history == null || history.isEmpty()) {
            return new AccuracyCheck(what, Double.NaN, ": the training history has no epochs");
        }
        return new AccuracyCheck(what, history.last().testAccuracy(), ": train with .evaluateOn(testData)");
    }

    /** Starts a check of an image (values in {@code [0, 1]}) against a reference. */
    public static ImageCheck image(String what, INDArray image) {
        return new ImageCheck(what, image);
    }

    /** Starts a check of an image (its 8-bit RGB values / 255) against a reference. */
    public static ImageCheck image(String what, BufferedImage image) {
        return new ImageCheck(what, image);
    }
}
