package org.lectern.optim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.lectern.data.DataSplit;
import org.lectern.data.HoldOut;
import org.lectern.nn.Classifier;
import org.lectern.train.Checkpoint;
import org.lectern.train.ClassificationReport;
import org.lectern.train.Metric;
import org.lectern.train.Trainer;
import org.lectern.train.TrainingDivergedException;
import org.lectern.train.TrainingHistory;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * The homework's experiment: the same classifier trained once per optimizer (or learning rate),
 * with training and validation loss recorded after every epoch, the network of the epoch with the
 * lowest validation loss kept in an atomic checkpoint on disk, and that checkpoint reloaded for
 * the test numbers. A run that blows up (NaN) is recorded, not thrown.
 *
 * <pre>{@code
 * HoldOut parts = Mnist.train().holdOut(10_000, 7);
 * TrialResults results = OptimizerTrials.on(parts).test(Mnist.test())
 *         .model(updater -> Classifier.builder().hidden(256, Activation.RELU).hidden(128, Activation.RELU)
 *                 .updater(updater).seed(7).build())
 *         .epochs(10).checkpoints(Path.of("checkpoints"))
 *         .trial("SGD", new Sgd(0.1)).trial("Adam", new Adam(1e-3))
 *         .run();
 * results.table();
 * }</pre>
 */
public final class OptimizerTrials {
    private final HoldOut data;
    private final Map<String, IUpdater> trials = new LinkedHashMap<>();
    private DataSplit test;
    private Function<IUpdater, Classifier> model;
    private int epochs = 10;
    private Path checkpoints;
    private boolean print = true;

    private OptimizerTrials(HoldOut data) {
        this.data = data;
    }

    /** Starts trials that train on {@code data.train()} and select by the loss on {@code data.validation()}. */
    public static OptimizerTrials on(HoldOut data) {
        return new OptimizerTrials(Objects.requireNonNull(data, "data: hold out a validation part, e.g. Mnist.train().holdOut(10_000, 7)"));
    }

    /** Sets the test split the reloaded best networks are measured on (required). */
    public OptimizerTrials test(DataSplit test) {
        this.test = Objects.requireNonNull(test, "test");
        return this;
    }

    /** Sets how to build a fresh classifier for an updater (required); give it a fixed seed so every trial starts alike. */
    public OptimizerTrials model(Function<IUpdater, Classifier> model) {
        this.model = Objects.requireNonNull(model, "model");
        return this;
    }

    /** Sets the number of epochs per trial (default 10). */
    public OptimizerTrials epochs(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("a trial needs at least 1 epoch; got " + epochs);
        }
        this.epochs = epochs;
        return this;
    }

    /** Sets the folder the best-validation checkpoints go to, one file per trial (required). */
    public OptimizerTrials checkpoints(Path folder) {
        this.checkpoints = Objects.requireNonNull(folder, "folder");
        return this;
    }

    /** Switches the trainer's printed line per epoch (on by default). */
    public OptimizerTrials print(boolean print) {
        this.print = print;
        return this;
    }

    /** Adds a trial: a name for the legend and the updater to train with. */
    public OptimizerTrials trial(String name, IUpdater updater) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a trial needs a name for the legend, such as \"Adam\"");
        }
        if (trials.containsKey(name)) {
            throw new IllegalArgumentException("there is already a trial named \"" + name + "\"; give each its own name");
        }
        trials.put(name, Objects.requireNonNull(updater, "updater").clone());
        return this;
    }

    /** Trains every trial in turn and returns the results. */
    public TrialResults run() {
        if (trials.isEmpty() || model == null || test == null || checkpoints == null) {
            throw new IllegalStateException("set the trials (trial(name, updater)), model(updater -> classifier), "
                    + "test(split) and checkpoints(folder) before run(); missing: "
                    + (trials.isEmpty() ? "trials " : "") + (model == null ? "model " : "") + (test == null ? "test " : "")
                    + (checkpoints == null ? "checkpoints" : "").trim());
        }
        try {
            Files.createDirectories(checkpoints);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the checkpoint folder " + checkpoints + ": " + e.getMessage(), e);
        }
        List<Trial> results = new ArrayList<>();
        trials.forEach((name, updater) -> results.add(runOne(name, updater)));
        return new TrialResults(results);
    }

    private Trial runOne(String name, IUpdater updater) {
        Classifier fresh = model.apply(updater.clone());
        Path file = checkpoints.resolve(fileName(name));
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the old checkpoint " + file + ": " + e.getMessage(), e);
        }
        Trainer<Classifier> trainer = Trainer.on(fresh).epochs(epochs).data(data.train()).evaluateOn(data.validation())
                .trainAccuracy(false).stage(name).checkpoint(file, Metric.TEST_LOSS).print(print);
        TrainingHistory history;
        Optional<String> divergence = Optional.empty();
        try {
            history = trainer.fit();
        } catch (TrainingDivergedException e) {
            history = e.history();
            divergence = Optional.of("loss " + e.loss() + " in epoch " + e.epoch());
        }
        if (!Files.exists(file)) {
            return new Trial(name, updater, history, divergence, file, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        Checkpoint best = Checkpoint.read(file);
        Classifier reloaded = (Classifier) best.model();
        double validationLoss = reloaded.loss(data.validation().dataSet());
        ClassificationReport report = ClassificationReport.of(reloaded, test);
        double testLoss = reloaded.loss(test.dataSet());
        return new Trial(name, updater, history, divergence, file, best.epochsDone(), best.best(), validationLoss, testLoss,
                report.accuracyPercent());
    }

    /** Returns a file name from a trial name: letters, digits, dots and dashes kept, the rest as '_'. */
    static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9.-]+", "_") + ".zip";
    }
}
