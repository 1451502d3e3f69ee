package org.lectern.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleFunction;
import org.lectern.data.Corruption;
import org.lectern.data.GaussianNoise;
import org.lectern.nn.Autoencoder;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Measures how well autoencoders rebuild clean images from corrupted ones as the corruption gets
 * stronger: for each level (e.g. the noise's sigma) the images are corrupted once, every model
 * reconstructs the same corrupted images, and the table holds the mean squared error between
 * each reconstruction and the clean images over all pixels
 * ({@link Autoencoder#reconstructionError(INDArray, INDArray)}: no activity penalty term).
 *
 * <pre>{@code
 * Table errors = NoiseSweep.levels(0, 0.1, 0.2, 0.3, 0.4, 0.5)
 *         .corruption(sigma -> GaussianNoise.of(0.1, sigma))      // the default
 *         .images(Mnist.test().features())
 *         .model("plain", plain).model("denoising", denoising)
 *         .noisyInput("noisy input itself")                        // the error of not denoising at all
 *         .table();                                                // columns: sigma, plain, denoising, ...
 * }</pre>
 */
public final class NoiseSweep {
    /** Images compared at once for the noisy-input column: bounds the memory of the double copies. */
    private static final int CHUNK = 2000;

    private final double[] levels;
    private String levelName = "sigma";
    private DoubleFunction<? extends Corruption> corruption = sigma -> GaussianNoise.of(0.1, sigma);
    private INDArray images;
    private final Map<String, Autoencoder> models = new LinkedHashMap<>();
    private String noisyInput;

    private NoiseSweep(double[] levels) {
        this.levels = levels;
    }

    /**
     * Starts a sweep over the given corruption levels, in the order given.
     *
     * @throws IllegalArgumentException if there are none or one is not finite
     */
    public static NoiseSweep levels(double... levels) {
        Objects.requireNonNull(levels, "levels");
        if (levels.length == 0) {
            throw new IllegalArgumentException("give at least one corruption level, e.g. levels(0, 0.1, 0.2)");
        }
        for (double level : levels) {
            if (!Double.isFinite(level)) {
                throw new IllegalArgumentException("corruption levels must be finite numbers; got " + level);
            }
        }
        return new NoiseSweep(levels.clone());
    }

    /**
     * Sets the corruption made for each level; default {@code sigma -> GaussianNoise.of(0.1, sigma)},
     * the lecture's noise with the standard deviation swept. Its seed decides the noise drawn.
     */
    public NoiseSweep corruption(DoubleFunction<? extends Corruption> atLevel) {
        this.corruption = Objects.requireNonNull(atLevel, "atLevel");
        return this;
    }

    /** Sets the name of the table's first column; default {@code sigma}. */
    public NoiseSweep levelName(String name) {
        this.levelName = requireName(name, "level name");
        return this;
    }

    /** Sets the clean images, one per row (e.g. the test set's features). */
    public NoiseSweep images(INDArray clean) {
        Objects.requireNonNull(clean, "clean");
        if (clean.rank() != 2 || clean.rows() == 0) {
            throw new IllegalArgumentException("the clean images go one per row in a 2-d array; got shape "
                    + java.util.Arrays.toString(clean.shape()));
        }
        this.images = clean;
        return this;
    }

    /** Adds a model, measured in a column of its own named {@code name}. */
    public NoiseSweep model(String name, Autoencoder model) {
        String checked = requireName(name, "model name");
        Objects.requireNonNull(model, "model");
        if (models.containsKey(checked) || checked.equals(noisyInput) || checked.equals(levelName)) {
            throw new IllegalArgumentException("the sweep already has a column named '" + checked + "'; give each "
                    + "model its own name");
        }
        models.put(checked, model);
        return this;
    }

    /**
     * Adds a column {@code name} with the error of the corrupted images themselves against the clean
     * ones: what a "denoiser" that changes nothing scores.
     */
    public NoiseSweep noisyInput(String name) {
        String checked = requireName(name, "column name");
        if (models.containsKey(checked) || checked.equals(levelName)) {
            throw new IllegalArgumentException("the sweep already has a column named '" + checked + "'");
        }
        this.noisyInput = checked;
        return this;
    }

    /**
     * Runs the sweep and returns one row per level: the level, then the mean squared error of each
     * model (and of the noisy input, if asked for) in the order added.
     *
     * @throws IllegalStateException if the images or the models are missing
     */
    public Table table() {
        if (images == null) {
            throw new IllegalStateException("set the clean images first, e.g. .images(Mnist.test().features())");
        }
        if (models.isEmpty() && noisyInput == null) {
            throw new IllegalStateException("add at least one model with .model(name, autoencoder)");
        }
        for (Map.Entry<String, Autoencoder> model : models.entrySet()) {
            if (model.getValue().inputs() != images.columns()) {
                throw new IllegalArgumentException("model '" + model.getKey() + "' takes " + model.getValue().inputs()
                        + " inputs but the images have " + images.columns() + " pixels");
            }
        }
        List<Autoencoder> modelList = List.copyOf(models.values());
        Map<String, double[]> errors = new LinkedHashMap<>();
        models.keySet().forEach(name -> errors.put(name, new double[levels.length]));
        if (noisyInput != null) {
            errors.put(noisyInput, new double[levels.length]);
        }
        for (int i = 0; i < levels.length; i++) {
            INDArray noisy = corruption.apply(levels[i]).corrupt(images);
            int column = 0;
            for (double[] values : errors.values()) {
                values[i] = column < models.size()
                        ? modelList.get(column).reconstructionError(noisy, images)
                        : meanSquaredError(noisy, images);
                column++;
            }
        }
        List<DoubleColumn> columns = new ArrayList<>();
        columns.add(DoubleColumn.create(levelName, levels));
        errors.forEach((name, values) -> columns.add(DoubleColumn.create(name, values)));
        return Table.create("reconstruction error (MSE against the clean images) by " + levelName,
                columns.toArray(DoubleColumn[]::new));
    }

    private static double meanSquaredError(INDArray noisy, INDArray clean) {
        double sum = 0;
        for (long start = 0; start < clean.rows(); start += CHUNK) {
            long end = Math.min(clean.rows(), start + CHUNK);
            // Summed in double: a float sum over millions of pixels loses the fifth digit.
            INDArray difference = noisy.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()).castTo(DataType.DOUBLE)
                    .sub(clean.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()).castTo(DataType.DOUBLE));
            sum += difference.mul(difference).sumNumber().doubleValue();
        }
        return sum / clean.length();
    }

    private static String requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isBlank()) {
            throw new IllegalArgumentException("the " + what + " must not be blank");
        }
        return name.strip();
    }
}
