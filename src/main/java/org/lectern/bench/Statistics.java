package org.lectern.bench;

import java.util.Arrays;

/** The two statistics the report needs. */
final class Statistics {
    private Statistics() {
    }

    /**
     * Returns the median: the middle value, or the mean of the two middle values of an even count.
     *
     * @throws IllegalArgumentException for no values or a NaN
     */
    static double median(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("the median of no values is undefined");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (Double.isNaN(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("cannot take the median of NaN: " + Arrays.toString(values));
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Returns {@code numerator / denominator}, or NaN if either is NaN or the denominator is not above 0. */
    static double ratio(double numerator, double denominator) {
        return Double.isNaN(numerator) || !(denominator > 0) ? Double.NaN : numerator / denominator;
    }
}
