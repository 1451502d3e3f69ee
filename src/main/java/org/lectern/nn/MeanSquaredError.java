package org.lectern.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The mean squared reconstruction error of a {@link ReconstructionModel}, over every example and every pixel. */
final class MeanSquaredError {
    private MeanSquaredError() {
    }

    /** Returns the mean of {@code (reconstruct(x) - x)^2} over all entries, reconstructing {@code chunk} rows at a time. */
    static double of(ReconstructionModel model, INDArray features, int chunk) {
        double sum = 0;
        for (long start = 0; start < features.rows(); start += chunk) {
            INDArray rows = features.get(NDArrayIndex.interval(start, Math.min(features.rows(), start + chunk)),
                    NDArrayIndex.all());
            INDArray difference = model.reconstruct(rows).castTo(DataType.DOUBLE).subi(rows.castTo(DataType.DOUBLE));
            sum += difference.muli(difference).sumNumber().doubleValue();
        }
        return sum / features.length();
    }
}
