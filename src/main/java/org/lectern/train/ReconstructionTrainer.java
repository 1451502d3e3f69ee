package org.lectern.train;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lectern.data.DataSplit;
import org.lectern.display.Display;
import org.lectern.nn.ReconstructionModel;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * Trains a {@link ReconstructionModel} (the variational or the convolutional autoencoder) epoch
 * by epoch as {@link Trainer} trains a dense network: one updater step per batch of images (labels
 * are ignored), the epoch's loss the mean of its batch losses, the mean loss per image on the
 * evaluation data after each epoch, the same live progress bar and printed lines, and a
 * {@link TrainingDivergedException} as soon as a loss or the parameters stop being finite. The
 * result is a {@link TrainingHistory}, so curves of all models share one chart. (A separate
 * trainer because {@code Trainer} and its listeners are typed to the dense {@code Network}.)
 *
 * <pre>{@code
 * TrainingHistory history = ReconstructionTrainer.on(vae).epochs(10).data(Mnist.train())
 *         .evaluateOn(Mnist.test()).stage("VAE").fit();
 * }</pre>
 *
 * @param <M> the kind of model, so {@link #model()} returns it typed
 */
public final class ReconstructionTrainer<M extends ReconstructionModel> {
    private final M model;
    private int epochs = 1;
    private int epochsDone;
    private TrainingHistory history = TrainingHistory.empty();
    private String stage;
    private TrainingData data;
    private EvaluationData evaluation;
    private boolean progress = true;
    private PrintStream printer = System.out;

    private ReconstructionTrainer(M model) {
        this.model = Objects.requireNonNull(model, "model");
        this.stage = model.kind() + " " + model.sizes();
    }

    /** Returns a trainer for the model: 1 epoch, progress bar and epoch lines on, no evaluation. */
    public static <M extends ReconstructionModel> ReconstructionTrainer<M> on(M model) {
        return new ReconstructionTrainer<>(model);
    }

    /** Sets the number of epochs in all, counting those already done. */
    public ReconstructionTrainer<M> epochs(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1; got " + epochs);
        }
        this.epochs = epochs;
        return this;
    }

    /** Trains on a split: its batch size, its seeded per-epoch shuffle, its quick or full mode. */
    public ReconstructionTrainer<M> data(DataSplit split) {
        this.data = TrainingData.of(split);
        return this;
    }

    /** Trains on the features of an iterator's batches, reset once before every epoch after the first. */
    public ReconstructionTrainer<M> data(DataSetIterator iterator) {
        this.data = TrainingData.of(iterator);
        return this;
    }

    /** Measures the mean loss per image on this split after every epoch. */
    public ReconstructionTrainer<M> evaluateOn(DataSplit split) {
        this.evaluation = EvaluationData.of(split);
        return this;
    }

    /** Measures the mean loss per image on this resettable iterator after every epoch. */
    public ReconstructionTrainer<M> evaluateOn(DataSetIterator iterator) {
        this.evaluation = EvaluationData.of(iterator);
        return this;
    }

    /** Names the stage in the history (default: kind and sizes, e.g. {@code Vae 784-512-256-[2]-256-512-784}). */
    public ReconstructionTrainer<M> stage(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a stage needs a name such as \"VAE\"; got '" + name + "'");
        }
        this.stage = name;
        return this;
    }

    /** Switches the live progress bar (on by default). */
    public ReconstructionTrainer<M> progress(boolean show) {
        this.progress = show;
        return this;
    }

    /** Switches the printed line per epoch (on by default, to {@code System.out}). */
    public ReconstructionTrainer<M> print(boolean show) {
        this.printer = show ? System.out : null;
        return this;
    }

    /** Returns the model being trained. */
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
        if (data == null) {
            throw new IllegalStateException("no training data: call data(Mnist.train()) or data(iterator) before fit()");
        }
        if (epochsDone >= epochs) {
            return history;
        }
        List<TrainingListener> all = new ArrayList<>();
        if (printer != null) {
            all.add(new EpochPrinter(printer, () -> progress && !Display.isRich() && System.console() != null));
        }
        if (progress) {
            all.add(new ProgressListener());
        }
        // TrainingRun names a dense Network; the printer and the progress bar read only its names and counts.
        TrainingRun run = new TrainingRun(null, stage, data.description(), epochsDone + 1, epochs,
                data.batchesPerEpoch());
        all.forEach(l -> l.trainingStarted(run));
        try {
            while (epochsDone < epochs) {
                EpochRecord record = runEpoch(epochsDone + 1, run.batchesPerEpoch(), all);
                history = history.with(record);
                epochsDone = record.epoch();
                all.forEach(l -> l.epochDone(record));
            }
        } finally {
            all.forEach(l -> l.trainingEnded(history));
        }
        return history;
    }

    private EpochRecord runEpoch(int epoch, int batches, List<TrainingListener> all) {
        EpochSteps.Result steps = EpochSteps.run(new EpochSteps.Trainee(batch -> model.fitBatch(batch.getFeatures()),
                model::updater, model::params, model::epochDone), data.atEpoch(epoch - 1), epoch, batches, history, all);
        long evaluationStart = System.nanoTime();
        double testLoss = evaluation == null ? Double.NaN : evaluationLoss(evaluation.pass());
        double evaluationSeconds = (System.nanoTime() - evaluationStart) / 1e9;
        return new EpochRecord(stage, epoch, steps.loss(), testLoss, Double.NaN, Double.NaN, steps.seconds(),
                evaluationSeconds);
    }

    /** Returns the mean loss per image over one pass, weighted by batch size so a short last batch counts for what it holds. */
    private double evaluationLoss(DataSetIterator pass) {
        double sum = 0;
        long images = 0;
        while (pass.hasNext()) {
            INDArray features = pass.next().getFeatures();
            sum += model.loss(features) * features.rows();
            images += features.rows();
        }
        if (images == 0) {
            throw new IllegalStateException("the evaluation data has no examples");
        }
        return sum / images;
    }
}
