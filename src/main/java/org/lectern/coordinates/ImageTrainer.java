package org.lectern.coordinates;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lectern.display.Progress;
import org.lectern.display.ProgressBar;
import org.lectern.nn.Mlp;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Trains an {@link ImageMlp} on one image the paper's way: full batch (every training pixel in
 * every step, Adam), the features mapped once and reused, the PSNR on the training pixels and on
 * the full image recorded before training and every few steps, reconstructions kept at chosen
 * steps. A live progress bar shows the loss and the latest PSNRs. Training stops with an
 * {@link ImageFitDivergedException} as soon as the loss or the output is NaN or infinite.
 *
 * <pre>{@code
 * ImageFit fit = ImageTrainer.on(model).image(picture).steps(2000).every(25).snapshots(50, 500).fit();
 * fit.testPsnr();                   // dB on every pixel, the paper's test PSNR
 * fit.table();                      // step, train PSNR, test PSNR
 * }</pre>
 */
public final class ImageTrainer {
    private final ImageMlp model;
    private ImageTask task;
    private int steps = 2000;
    private int every = 25;
    private final TreeSet<Integer> snapshotSteps = new TreeSet<>();
    private String name;
    private boolean progress = true;

    private ImageTrainer(ImageMlp model) {
        this.model = Objects.requireNonNull(model, "model");
        this.name = model.name();
    }

    /** Returns a trainer for the model: 2000 steps, PSNR every 25 steps (the paper's), progress bar on, no snapshots. */
    public static ImageTrainer on(ImageMlp model) {
        return new ImageTrainer(model);
    }

    /** Trains on a square image (see {@link ImageTask#of(BufferedImage)}). */
    public ImageTrainer image(BufferedImage image) {
        return task(ImageTask.of(image));
    }

    /** Trains on an image task, so several models can share one image's positions and colours. */
    public ImageTrainer task(ImageTask task) {
        this.task = Objects.requireNonNull(task, "task");
        return this;
    }

    /** Sets the number of training steps, each one Adam step on all training pixels (default 2000). */
    public ImageTrainer steps(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1 (the paper trains 2000); got " + steps);
        }
        this.steps = steps;
        return this;
    }

    /** Records the PSNRs every {@code steps} steps (default 25); they are also recorded before training and after the last step. */
    public ImageTrainer every(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("the PSNRs are recorded every n steps, so n must be at least 1 (the paper uses "
                    + "25); got " + steps);
        }
        this.every = steps;
        return this;
    }

    /** Keeps the reconstruction after each of these steps (0 is before training); their PSNRs are recorded too. */
    public ImageTrainer snapshots(int... steps) {
        for (int step : steps) {
            if (step < 0) {
                throw new IllegalArgumentException("a snapshot step is 0 (before training) or more; got " + step);
            }
            snapshotSteps.add(step);
        }
        return this;
    }

    /** Names the run in tables and charts (default: the mapping's name, e.g. {@code positional}). */
    public ImageTrainer name(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a run needs a name such as \"gaussian σ=10\"; got '" + name + "'");
        }
        this.name = name;
        return this;
    }

    /** Switches the live progress bar (on by default). */
    public ImageTrainer progress(boolean show) {
        this.progress = show;
        return this;
    }

    /**
     * Trains the model (continuing from its current parameters) and returns the PSNRs, snapshots and
     * final reconstruction.
     *
     * @throws ImageFitDivergedException if the loss or the network's output becomes NaN or infinite
     */
    public ImageFit fit() {
        requireReady();
        INDArray testFeatures = model.mapping().apply(task.sharedTestCoordinates());
        DataSet batch = new DataSet(model.mapping().apply(task.sharedTrainCoordinates()), task.sharedTrainTargets());
        Mlp network = model.network();
        PsnrLog log = new PsnrLog();
        SortedMap<Integer, BufferedImage> snapshots = new TreeMap<>();
        long trainingNanos = 0;
        double loss = Double.NaN;
        try (ProgressBar bar = progress ? Progress.bar("Training " + name + " on " + task.size() + "x" + task.size(), steps)
                : null) {
            INDArray last = evaluate(0, loss, testFeatures, log, snapshots, bar);
            for (int step = 1; step <= steps; step++) {
                long start = System.nanoTime();
                loss = network.fitBatch(batch);
                trainingNanos += System.nanoTime() - start;
                if (!Double.isFinite(loss)) {
                    throw new ImageFitDivergedException("the loss became " + loss, step, steps, loss, model.learningRate(),
                            log.table(name));
                }
                if (bar != null) {
                    bar.metric("loss", loss).step();
                }
                if (step % every == 0 || step == steps || snapshotSteps.contains(step)) {
                    last = evaluate(step, loss, testFeatures, log, snapshots, bar);
                }
            }
            BufferedImage image = RgbPixels.toImage(last, task.size(), task.size());
            return new ImageFit(name, model, log, snapshots, image, trainingNanos / 1e9 / steps);
        }
    }

    /** Records the PSNRs after {@code step} steps from one prediction of every pixel, and returns the prediction. */
    private INDArray evaluate(int step, double loss, INDArray testFeatures, PsnrLog log,
                                  SortedMap<Integer, BufferedImage> snapshots, ProgressBar bar) {
        INDArray predicted = model.predictFeatures(testFeatures);
        INDArray squared = predicted.castTo(DataType.DOUBLE).subi(task.sharedTestTargets().castTo(DataType.DOUBLE));
        squared.muli(squared);
        double testMse = squared.meanNumber().doubleValue();
        double trainMse = squared.getRows(task.trainIndices()).meanNumber().doubleValue();
        if (!Double.isFinite(testMse) || !Double.isFinite(trainMse)) {
            throw new ImageFitDivergedException("the network's output " + (step == 0 ? "is" : "became") + " NaN or infinite",
                    step, steps, loss, model.learningRate(), log.table(name));
        }
        double trainPsnr = Psnr.fromMse(trainMse);
        double testPsnr = Psnr.fromMse(testMse);
        log.add(step, trainPsnr, testPsnr);
        if (bar != null) {
            bar.metric("train PSNR", trainPsnr).metric("test PSNR", testPsnr);
        }
        if (snapshotSteps.contains(step)) {
            snapshots.put(step, RgbPixels.toImage(predicted, task.size(), task.size()));
        }
        return predicted;
    }

    private void requireReady() {
        if (task == null) {
            throw new IllegalStateException("no image to train on: call image(picture) or task(ImageTask.of(picture)) "
                    + "before fit()");
        }
        Integer late = snapshotSteps.higher(steps);
        if (late != null) {
            throw new IllegalStateException("a snapshot is asked for at step " + late + ", after the last step " + steps
                    + "; ask for snapshots at steps 0 to " + steps + " (the kept steps are " + snapshotSteps + ")");
        }
    }

    /** Returns e.g. {@code ImageTrainer for positional: 2000 steps, PSNR every 25, snapshots at [100, 500]}. */
    @Override
    public String toString() {
        return "ImageTrainer for " + name + ": " + steps + " steps, PSNR every " + every + ", snapshots at "
                + Arrays.toString(snapshotSteps.toArray());
    }
}
