package org.lectern.train;

import java.util.Arrays;
import java.util.Objects;
import org.lectern.nn.Autoencoder;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Listens to training and measures an autoencoder's reconstruction error on held-out images
 * before the first epoch and after every epoch: the mean squared error between the
 * reconstructions of {@code inputs} (e.g. noisy test images) and {@code targets} (the clean ones),
 * without any activity penalty term. The training loss of a sparse autoencoder includes its L1
 * term; this curve is the reconstruction alone, as the lecture's PyTorch code prints it.
 *
 * <pre>{@code
 * ReconstructionErrorCurve curve = ReconstructionErrorCurve.of(dae, noisyTest, cleanTest);
 * Trainer.on(dae).epochs(20).data(train).listener(curve).fit();
 * double[] perEpoch = curve.errors();                 // one value per epoch
 * }</pre>
 */
public final class ReconstructionErrorCurve implements TrainingListener {
    private final Autoencoder model;
    private final INDArray inputs;
    private final INDArray targets;
    private double initialError = Double.NaN;
    private double[] errors = new double[0];

    private ReconstructionErrorCurve(Autoencoder model, INDArray inputs, INDArray targets) {
        this.model = model;
        this.inputs = inputs;
        this.targets = targets;
    }

    /**
     * Returns a listener that measures {@code model} on {@code inputs} against {@code targets}.
     *
     * @throws IllegalArgumentException if inputs and targets differ in shape
     */
    public static ReconstructionErrorCurve of(Autoencoder model, INDArray inputs, INDArray targets) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(targets, "targets");
        if (!Arrays.equals(inputs.shape(), targets.shape())) {
            throw new IllegalArgumentException("inputs and targets must have the same shape; got "
                    + Arrays.toString(inputs.shape()) + " and " + Arrays.toString(targets.shape()));
        }
        return new ReconstructionErrorCurve(model, inputs, targets);
    }

    /** Returns a listener that measures {@code model} on clean {@code images}, their own targets. */
    public static ReconstructionErrorCurve of(Autoencoder model, INDArray images) {
        return of(model, images, images);
    }

    @Override
    public void trainingStarted(TrainingRun run) {
        if (Double.isNaN(initialError)) {
            initialError = measure();
        }
    }

    @Override
    public void epochDone(EpochRecord epoch) {
        errors = Arrays.copyOf(errors, errors.length + 1);
        errors[errors.length - 1] = measure();
    }

    /** Returns the error before the first epoch this listener heard (NaN if training has not started). */
    public double initialError() {
        return initialError;
    }

    /** Returns the error after each epoch heard so far, in order (a copy). */
    public double[] errors() {
        return errors.clone();
    }

    /** Returns the error after the last epoch heard. @throws IllegalStateException before the first epoch */
    public double lastError() {
        if (errors.length == 0) {
            throw new IllegalStateException("no epoch is done yet; pass this curve to Trainer.listener(...) and fit()");
        }
        return errors[errors.length - 1];
    }

    private double measure() {
        return model.reconstructionError(inputs, targets);
    }
}
