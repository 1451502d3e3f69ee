package org.lectern.train;

import java.util.List;
import java.util.Map;
import org.lectern.nn.Autoencoder;
import org.lectern.nn.Pca;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * What a {@link CodeSizeSweep} measured: the test reconstruction error of PCA and of every
 * autoencoder family at every code size, the trained models, the PCA and the seconds per epoch.
 */
public final class CodeSizeResults {
    /** The name PCA's errors go by. */
    public static final String PCA = "PCA";

    private final int[] codeSizes;
    private final Pca pca;
    private final Map<String, double[]> errors;
    private final Map<String, double[]> seconds;
    private final Map<String, List<Autoencoder>> models;

    CodeSizeResults(int[] codeSizes, Pca pca, Map<String, double[]> errors, Map<String, double[]> seconds,
                    Map<String, List<Autoencoder>> models) {
        this.codeSizes = codeSizes.clone();
        this.pca = pca;
        this.errors = errors;
        this.seconds = seconds;
        this.models = models;
    }

    /** Returns the code sizes, increasing. */
    public int[] codeSizes() {
        return codeSizes.clone();
    }

    /** Returns the method names: {@value #PCA}, then the autoencoder families in the order added. */
    public List<String> names() {
        return List.copyOf(errors.keySet());
    }

    /** Returns the test reconstruction errors of a method, one per code size. */
    public double[] errors(String name) {
        return known(errors, name).clone();
    }

    /** Returns the mean seconds per training epoch of a family, one per code size. */
    public double[] secondsPerEpoch(String family) {
        return known(seconds, family).clone();
    }

    /** Returns the trained autoencoder of a family with a code of {@code codeSize} units. */
    public Autoencoder model(String family, int codeSize) {
        List<Autoencoder> trained = known(models, family);
        for (int i = 0; i < codeSizes.length; i++) {
            if (codeSizes[i] == codeSize) {
                return trained.get(i);
            }
        }
        throw new IllegalArgumentException("no model with a code of " + codeSize + " units; the sweep measured "
                + java.util.Arrays.toString(codeSizes));
    }

    /** Returns the PCA fitted on the training images, with as many components as the largest code size. */
    public Pca pca() {
        return pca;
    }

    /** Returns a table: one row per code size, one column of test errors per method. */
    public Table table() {
        Table table = Table.create("test reconstruction error (MSE) by code size",
                IntColumn.create("code size", codeSizes));
        errors.forEach((name, values) -> {
            DoubleColumn column = DoubleColumn.create(name, values);
            column.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(5));
            table.addColumns(column);
        });
        return table;
    }

    private <T> T known(Map<String, T> values, String name) {
        T found = values.get(name);
        if (found == null) {
            throw new IllegalArgumentException("no method named \"" + name + "\"" + (values == errors ? "" : " was trained")
                    + "; the sweep has " + names());
        }
        return found;
    }
}
