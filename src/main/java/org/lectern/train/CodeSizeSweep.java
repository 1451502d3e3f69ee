package org.lectern.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.lectern.data.DataSplit;
import org.lectern.nn.Autoencoder;
import org.lectern.nn.Pca;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Measures the reconstruction error against the size of the code for PCA and for autoencoder
 * families: PCA is fitted once on the training images (its largest code size, truncated for the
 * others); each family builds a fresh autoencoder per code size, which is trained on the training
 * split and measured on the test images. The seed-004 experiment: a linear autoencoder matches
 * PCA, a nonlinear one beats both.
 *
 * <pre>{@code
 * CodeSizeResults results = CodeSizeSweep.on(mnistTrain).test(testImages).codeSizes(2, 8, 32, 64).epochs(epochs)
 *         .autoencoder("linear autoencoder", k -> LinearAutoencoder.builder(k).seed(seed).build())
 *         .autoencoder("nonlinear autoencoder", k -> Autoencoder.builder().hidden(512, Activation.RELU)
 *                 .hidden(128, Activation.RELU).hidden(k, Activation.TANH).updater(new Adam(1e-3)).seed(seed).build())
 *         .run();
 * results.table();                                    // code size | PCA | linear autoencoder | nonlinear autoencoder
 * CodeSizeChart.builder().codeSizes(results.codeSizes()).series("PCA", results.errors("PCA")) ... .build();
 * }</pre>
 */
public final class CodeSizeSweep {
    private final DataSplit train;
    private final Map<String, IntFunction<Autoencoder>> families = new LinkedHashMap<>();
    private INDArray test;
    private int[] codeSizes = {2, 8, 32, 64};
    private int epochs = 1;
    private boolean progress = true;
    private boolean print = true;

    private CodeSizeSweep(DataSplit train) {
        this.train = train;
    }

    /** Starts a sweep that fits PCA on the split's images and trains every autoencoder on the split. */
    public static CodeSizeSweep on(DataSplit train) {
        return new CodeSizeSweep(Objects.requireNonNull(train, "train"));
    }

    /** Sets the images every method is measured on, {@code [examples, inputs]}, e.g. {@code Mnist.test().features()}. */
    public CodeSizeSweep test(INDArray images) {
        this.test = Objects.requireNonNull(images, "images");
        return this;
    }

    /** Sets the code sizes, increasing (default 2, 8, 32, 64). */
    public CodeSizeSweep codeSizes(int... sizes) {
        Objects.requireNonNull(sizes, "sizes");
        if (sizes.length == 0) {
            throw new IllegalArgumentException("give at least one code size, e.g. codeSizes(2, 8, 32, 64)");
        }
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 1 || (i > 0 && sizes[i] <= sizes[i - 1])) {
                throw new IllegalArgumentException("code sizes must be at least 1 and increasing; got " + Arrays.toString(sizes));
            }
        }
        this.codeSizes = sizes.clone();
        return this;
    }

    /** Sets the epochs each autoencoder trains (default 1). */
    public CodeSizeSweep epochs(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1; got " + epochs);
        }
        this.epochs = epochs;
        return this;
    }

    /**
     * Adds an autoencoder family: {@code model.apply(k)} returns a fresh, untrained autoencoder whose code
     * has {@code k} units, e.g. {@code k -> LinearAutoencoder.builder(k).build()}.
     */
    public CodeSizeSweep autoencoder(String name, IntFunction<Autoencoder> model) {
        Objects.requireNonNull(model, "model");
        if (name == null || name.isBlank() || name.equals(CodeSizeResults.PCA)) {
            throw new IllegalArgumentException("name each autoencoder family, other than \"" + CodeSizeResults.PCA
                    + "\"; got " + (name == null ? "null" : "\"" + name + "\""));
        }
        if (families.containsKey(name)) {
            throw new IllegalArgumentException("there is already a family named \"" + name + "\"; give each its own name");
        }
        families.put(name, model);
        return this;
    }

    /** Switches the trainer's live progress bar (on by default). */
    public CodeSizeSweep progress(boolean show) {
        this.progress = show;
        return this;
    }

    /** Switches the trainer's line per epoch (on by default). */
    public CodeSizeSweep print(boolean show) {
        this.print = show;
        return this;
    }

    /**
     * Fits PCA, then trains and measures every family at every code size, smallest first.
     *
     * @throws IllegalStateException    if no test images were given
     * @throws IllegalArgumentException if a model's code size or input size does not fit
     */
    public CodeSizeResults run() {
        if (test == null) {
            throw new IllegalStateException("set the images to measure on first: test(Mnist.test().features())");
        }
        INDArray trainImages = train.features();
        int largest = codeSizes[codeSizes.length - 1];
        if (largest > trainImages.columns()) {
            throw new IllegalArgumentException("the largest code size " + largest + " exceeds the " + trainImages.columns()
                    + " inputs PCA can give components for");
        }
        Pca pca = Pca.fit(trainImages, largest);
        Map<String, double[]> errors = new LinkedHashMap<>();
        errors.put(CodeSizeResults.PCA, Arrays.stream(codeSizes).mapToDouble(k -> pca.truncated(k).reconstructionError(test))
                .toArray());
        Map<String, List<Autoencoder>> models = new LinkedHashMap<>();
        Map<String, double[]> seconds = new LinkedHashMap<>();
        families.forEach((name, family) -> {
            List<Autoencoder> trained = new ArrayList<>();
            double[] familyErrors = new double[codeSizes.length];
            double[] familySeconds = new double[codeSizes.length];
            for (int i = 0; i < codeSizes.length; i++) {
                Autoencoder model = checked(family.apply(codeSizes[i]), name, codeSizes[i], (int) trainImages.columns());
                TrainingHistory history = Trainer.on(model).epochs(epochs).data(train).stage(name + ", code " + codeSizes[i])
                        .progress(progress).print(print).fit();
                familySeconds[i] = Arrays.stream(history.seconds()).average().orElse(Double.NaN);
                familyErrors[i] = model.reconstructionError(test);
                trained.add(model);
            }
            errors.put(name, familyErrors);
            seconds.put(name, familySeconds);
            models.put(name, trained);
        });
        return new CodeSizeResults(codeSizes, pca, errors, seconds, models);
    }

    private static Autoencoder checked(Autoencoder model, String name, int codeSize, int inputs) {
        if (model == null) {
            throw new IllegalArgumentException("the family \"" + name + "\" gave no autoencoder for code size " + codeSize);
        }
        if (model.codeSize() != codeSize || model.inputs() != inputs) {
            throw new IllegalArgumentException("the family \"" + name + "\" gave " + model.spec().sizes() + " for code size "
                    + codeSize + " and " + inputs + " inputs; build the code layer with k units, e.g. .hidden(k, ...)");
        }
        return model;
    }
}
