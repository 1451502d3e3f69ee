package org.lectern.train;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lectern.data.DataSplit;
import org.lectern.display.Display;
import org.lectern.nn.Classifier;
import org.lectern.nn.Network;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * Trains a {@link Network} epoch by epoch, the lecture's loop: for every batch one updater step,
 * the epoch's loss the mean of its batch losses. After each epoch it evaluates (loss on the
 * evaluation data; train and test accuracy for a classifier), records the epoch, optionally
 * checkpoints, and tells its listeners. A live progress bar and one printed line per epoch are
 * on by default. Training stops with a {@link TrainingDivergedException} as soon as a loss or the
 * parameters stop being finite.
 *
 * <pre>{@code
 * TrainingHistory history = Trainer.on(ae).epochs(10).data(Mnist.train().batchSize(1000))
 *         .evaluateOn(Mnist.test()).stage("autoencoder").fit();
 * }</pre>
 *
 * @param <M> the kind of network, so {@link #model()} returns it typed
 */
public final class Trainer<M extends Network> {
    private final M model;
    private final List<TrainingListener> listeners = new ArrayList<>();
    private int epochs = 1;
    private int epochsDone;
    private TrainingHistory history = TrainingHistory.empty();
    private String stage;
    private TrainingData data;
    private String resumedData;
    private EvaluationData evaluation;
    private boolean trainAccuracy = true;
    private boolean progress = true;
    private PrintStream printer = System.out;
    private Path checkpointFile;
    private Metric checkpointMetric;
    private double best = Double.NaN;

    private Trainer(M model) {
        this.model = Objects.requireNonNull(model, "model");
        this.stage = model.kind() + " " + model.spec().sizes();
    }

    /** Returns a trainer for the network: 1 epoch, progress bar and epoch lines on, no evaluation, no checkpoint. */
    public static <M extends Network> Trainer<M> on(M model) {
        return new Trainer<>(model);
    }

    /**
     * Returns a trainer that continues the run saved in a checkpoint at its next epoch, with its
     * network, epochs, stage, history and checkpoint settings. Give it the same training data again
     * with {@link #data}; with the same data it ends with exactly the parameters of an uninterrupted run.
     */
    public static Trainer<Network> resume(Path checkpoint) {
        return resume(checkpoint, Network.class);
    }

    /** Same as {@link #resume(Path)}, for a network of a known kind such as {@code Autoencoder.class}. */
    public static <M extends Network> Trainer<M> resume(Path checkpoint, Class<M> kind) {
        Checkpoint saved = Checkpoint.read(checkpoint);
        if (!kind.isInstance(saved.model())) {
            throw new IllegalArgumentException(checkpoint + " holds a network of kind " + saved.model().kind()
                    + ", which is not a " + kind.getSimpleName() + "; resume it with Trainer.resume(path)");
        }
        Trainer<M> trainer = new Trainer<>(kind.cast(saved.model()));
        trainer.epochs = saved.epochs();
        trainer.epochsDone = saved.epochsDone();
        trainer.history = saved.history();
        trainer.stage = saved.stage();
        trainer.checkpointFile = checkpoint;
        trainer.checkpointMetric = saved.metric().orElse(null);
        trainer.best = saved.best();
        trainer.resumedData = saved.data();
        return trainer;
    }

    /** Sets the number of epochs in all; a resumed trainer counts the epochs already done. */
    public Trainer<M> epochs(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1; got " + epochs);
        }
        this.epochs = epochs;
        return this;
    }

    /** Trains on a split: its batch size, its seeded per-epoch shuffle, its quick or full mode. */
    public Trainer<M> data(DataSplit split) {
        this.data = TrainingData.of(split);
        return this;
    }

    /**
     * Trains on an iterator, reset once before every epoch after the first. Training accuracy is
     * measured only for a {@link DataSplit}, which can be read again in order.
     */
    public Trainer<M> data(DataSetIterator iterator) {
        this.data = TrainingData.of(iterator);
        return this;
    }

    /** Measures the loss (and a classifier's accuracy) on this split after every epoch. */
    public Trainer<M> evaluateOn(DataSplit split) {
        this.evaluation = EvaluationData.of(split);
        return this;
    }

    /** Measures the loss (and a classifier's accuracy) on this resettable iterator after every epoch. */
    public Trainer<M> evaluateOn(DataSetIterator iterator) {
        this.evaluation = EvaluationData.of(iterator);
        return this;
    }

    /** Names the stage in the history (default: kind and sizes, e.g. {@code Autoencoder 784-400-784}). */
    public Trainer<M> stage(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a stage needs a name such as \"stacked\"; got '" + name + "'");
        }
        this.stage = name;
        return this;
    }

    /** Switches measuring a classifier's training accuracy after every epoch (an extra pass, on by default). */
    public Trainer<M> trainAccuracy(boolean measure) {
        this.trainAccuracy = measure;
        return this;
    }

    /** Switches the live progress bar (on by default). */
    public Trainer<M> progress(boolean show) {
        this.progress = show;
        return this;
    }

    /** Switches the printed line per epoch (on by default, to {@code System.out}). */
    public Trainer<M> print(boolean show) {
        this.printer = show ? System.out : null;
        return this;
    }

    /** Adds a listener; listeners hear of the run in the order they were added. */
    public Trainer<M> listener(TrainingListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** Saves a checkpoint to {@code file} after every epoch, atomically, replacing the previous one. */
    public Trainer<M> checkpoint(Path file) {
        this.checkpointFile = Objects.requireNonNull(file, "file");
        this.checkpointMetric = null;
        return this;
    }

    /** Saves a checkpoint to {@code file} after every epoch that improves {@code metric}. */
    public Trainer<M> checkpoint(Path file, Metric metric) {
        this.checkpointFile = Objects.requireNonNull(file, "file");
        this.checkpointMetric = Objects.requireNonNull(metric, "metric");
        return this;
    }

    /** Returns the network being trained. */
    public M model() {
        return model;
    }

    /** Returns the number of epochs done so far. */
    public int epochsDone() {
        return epochsDone;
    }

    /** Returns the epochs done so far. */
    public TrainingHistory history() {
        return history;
    }

    /**
     * Trains until {@link #epochs(int)} epochs are done and returns the history of all of them.
     * Calling it again after raising the epoch count continues where it stopped.
     *
     * @throws TrainingDivergedException if a loss or the parameters become NaN or infinite
     */
    public TrainingHistory fit() {
        requireReady();
        if (epochsDone >= epochs) {
            return history;
        }
        List<TrainingListener> all = new ArrayList<>(listeners);
        if (printer != null) {
            all.add(new EpochPrinter(printer, () -> progress && !Display.isRich() && System.console() != null));
        }
        if (progress) {
            all.add(new ProgressListener());
        }
        if (resumedData != null && !resumedData.equals(data.description()) && printer != null) {
            printer.println("Note: the checkpoint was trained on " + resumedData + "; resuming on "
                    + data.description());
        }
        TrainingRun run = new TrainingRun(model, stage, data.description(), epochsDone + 1, epochs,
                data.batchesPerEpoch());
        all.forEach(l -> l.trainingStarted(run));
        try {
            while (epochsDone < epochs) {
                EpochRecord record = runEpoch(epochsDone + 1, run.batchesPerEpoch(), all);
                history = history.with(record);
                epochsDone = record.epoch();
                saveCheckpoint(record);
                all.forEach(l -> l.epochDone(record));
            }
        } finally {
            all.forEach(l -> l.trainingEnded(history));
        }
        return history;
    }

    private EpochRecord runEpoch(int epoch, int batches, List<TrainingListener> all) {
        EpochSteps.Result steps = EpochSteps.run(new EpochSteps.Trainee(model::fitBatch, model::updater, model::params,
                model::epochDone), data.atEpoch(epoch - 1), epoch, batches, history, all);
        long evaluationStart = System.nanoTime();
        EpochMeasures test = evaluation == null ? new EpochMeasures(Double.NaN, Double.NaN)
                : EpochMeasures.of(model, evaluation.pass(), true);
        double trainAcc = model instanceof Classifier && trainAccuracy
                ? data.forEvaluation().map(d -> EpochMeasures.of(model, d, false).accuracy()).orElse(Double.NaN)
                : Double.NaN;
        double evaluationSeconds = (System.nanoTime() - evaluationStart) / 1e9;
        return new EpochRecord(stage, epoch, steps.loss(), test.loss(), trainAcc, test.accuracy(), steps.seconds(),
                evaluationSeconds);
    }

    private void saveCheckpoint(EpochRecord record) {
        if (checkpointFile == null) {
            return;
        }
        if (checkpointMetric != null) {
            double value = checkpointMetric.of(record);
            if (!checkpointMetric.improves(value, best)) {
                return;
            }
            best = value;
        }
        new Checkpoint(model, epochs, stage, history, checkpointMetric, best, data.description()).write(checkpointFile);
    }

    private void requireReady() {
        if (data == null) {
            throw new IllegalStateException(resumedData != null
                    ? "resuming needs the training data again: call data(...) with the split of the interrupted run ("
                            + resumedData + ")"
                    : "no training data: call data(Mnist.train()) or data(iterator) before fit()");
        }
        if (checkpointMetric != null) {
            boolean measured = switch (checkpointMetric) {
                case LOSS -> true;
                case TEST_LOSS -> evaluation != null;
                case TEST_ACCURACY -> evaluation != null && model instanceof Classifier;
                case TRAIN_ACCURACY -> trainAccuracy && model instanceof Classifier && data.rereadable();
            };
            if (!measured) {
                throw new IllegalStateException("cannot keep the best checkpoint by " + checkpointMetric
                        + ": it is not measured here (accuracies need a Classifier, test values need evaluateOn(...), "
                        + "training accuracy needs a DataSplit); use Metric.LOSS or checkpoint(file) for every epoch");
            }
        }
    }
}
