package org.lectern.coordinates;

import java.util.Arrays;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/** The PSNRs recorded during one training run, step by step, growing as training goes. */
final class PsnrLog {
    private int[] steps = new int[16];
    private double[] train = new double[16];
    private double[] test = new double[16];
    private int size;

    /** Records the PSNRs after {@code step} steps. */
    void add(int step, double trainPsnr, double testPsnr) {
        if (size == steps.length) {
            steps = Arrays.copyOf(steps, 2 * size);
            train = Arrays.copyOf(train, 2 * size);
            test = Arrays.copyOf(test, 2 * size);
        }
        steps[size] = step;
        train[size] = trainPsnr;
        test[size] = testPsnr;
        size++;
    }

    int[] steps() {
        return Arrays.copyOf(steps, size);
    }

    double[] trainPsnrs() {
        return Arrays.copyOf(train, size);
    }

    double[] testPsnrs() {
        return Arrays.copyOf(test, size);
    }

    /** Returns the records so far as a table named {@code name}. */
    Table table(String name) {
        return table(name, steps(), trainPsnrs(), testPsnrs());
    }

    /** Returns a table named {@code name} with the columns step, train PSNR and test PSNR. */
    static Table table(String name, int[] steps, double[] train, double[] test) {
        return Table.create(name, IntColumn.create(ImageFit.STEP, steps), DoubleColumn.create(ImageFit.TRAIN_PSNR, train),
                DoubleColumn.create(ImageFit.TEST_PSNR, test));
    }
}
