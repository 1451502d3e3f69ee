package org.lectern.train;

import java.util.function.ToDoubleFunction;

/** A per-epoch number a checkpoint can keep the best of. */
public enum Metric {
    /** The mean training loss of the epoch; lower is better. */
    LOSS(EpochRecord::loss, false),
    /** The loss on the evaluation data; lower is better. */
    TEST_LOSS(EpochRecord::testLoss, false),
    /** The training accuracy; higher is better. */
    TRAIN_ACCURACY(EpochRecord::trainAccuracy, true),
    /** The accuracy on the evaluation data; higher is better. */
    TEST_ACCURACY(EpochRecord::testAccuracy, true);

    private final ToDoubleFunction<EpochRecord> value;
    private final boolean higherIsBetter;

    Metric(ToDoubleFunction<EpochRecord> value, boolean higherIsBetter) {
        this.value = value;
        this.higherIsBetter = higherIsBetter;
    }

    /** Returns this metric's value in the epoch, {@code NaN} if it was not measured. */
    public double of(EpochRecord epoch) {
        return value.applyAsDouble(epoch);
    }

    /** Returns true if {@code candidate} is better than {@code best} ({@code NaN} for no best yet). */
    public boolean improves(double candidate, double best) {
        if (Double.isNaN(candidate)) {
            return false;
        }
        return Double.isNaN(best) || (higherIsBetter ? candidate > best : candidate < best);
    }
}
