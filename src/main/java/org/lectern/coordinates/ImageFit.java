package org.lectern.coordinates;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * What training a coordinate network on an image gave: the PSNR on the training pixels and on the
 * full image at the recorded steps (a Tablesaw table), the final reconstruction, the
 * reconstructions kept at chosen steps and the seconds one training step took. Made by
 * {@link ImageTrainer#fit()}.
 */
public final class ImageFit {
    /** The name of the table's step column. */
    public static final String STEP = "step";
    /** The name of the table's column of PSNR on the training pixels, in dB. */
    public static final String TRAIN_PSNR = "train PSNR";
    /** The name of the table's column of PSNR on every pixel, in dB. */
    public static final String TEST_PSNR = "test PSNR";
    /** The name of the summary's column of PSNR on the odd-row, odd-column pixels, in dB. */
    public static final String HELD_OUT_PSNR = "held-out PSNR (dB)";
    /** The name of the summary's column of each picture's sharpness over the original's. */
    public static final String SHARPNESS = "sharpness / original";

    private final String name;
    private final ImageMlp model;
    private final int steps;
    private final int[] recordedSteps;
    private final double[] trainPsnrs;
    private final double[] testPsnrs;
    private final SortedMap<Integer, BufferedImage> snapshots;
    private final BufferedImage image;
    private final double secondsPerStep;

    ImageFit(String name, ImageMlp model, PsnrLog record, SortedMap<Integer, BufferedImage> snapshots,
             BufferedImage image, double secondsPerStep) {
        this.name = name;
        this.model = model;
        this.recordedSteps = record.steps();
        this.trainPsnrs = record.trainPsnrs();
        this.testPsnrs = record.testPsnrs();
        this.steps = recordedSteps[recordedSteps.length - 1];
        this.snapshots = Collections.unmodifiableSortedMap(new TreeMap<>(snapshots));
        this.image = image;
        this.secondsPerStep = secondsPerStep;
    }

    /** Returns the name the run was trained under, e.g. the mapping's {@code gaussian σ=10}. */
    public String name() {
        return name;
    }

    /** Returns the trained model. */
    public ImageMlp model() {
        return model;
    }

    /** Returns the number of training steps taken. */
    public int steps() {
        return steps;
    }

    /** Returns the PSNR on the training pixels after the last step, in dB. */
    public double trainPsnr() {
        return trainPsnrs[trainPsnrs.length - 1];
    }

    /** Returns the PSNR on every pixel of the image after the last step, in dB: the paper's test PSNR. */
    public double testPsnr() {
        return testPsnrs[testPsnrs.length - 1];
    }

    /** Returns the steps at which the PSNR was recorded, 0 (before training) first. */
    public int[] recordedSteps() {
        return recordedSteps.clone();
    }

    /** Returns the training PSNR at each recorded step, in dB. */
    public double[] trainPsnrs() {
        return trainPsnrs.clone();
    }

    /** Returns the test PSNR at each recorded step, in dB. */
    public double[] testPsnrs() {
        return testPsnrs.clone();
    }

    /** Returns a new table named after the run with columns {@value #STEP}, {@value #TRAIN_PSNR} and {@value #TEST_PSNR}. */
    public Table table() {
        return PsnrLog.table(name, recordedSteps, trainPsnrs, testPsnrs);
    }

    /** Returns a summary of several runs, one row each: see {@link #summary(String, List)}. */
    public static Table summary(String title, ImageFit... fits) {
        return summary(title, Arrays.asList(fits));
    }

    /**
     * Returns a summary of several runs, one row each, with the columns run, steps, train PSNR (dB),
     * test PSNR (dB), their gap (train - test, dB: how much worse the held-out pixels came out) and
     * seconds per step.
     */
    public static Table summary(String title, List<ImageFit> fits) {
        Objects.requireNonNull(fits, "fits");
        if (fits.isEmpty()) {
            throw new IllegalArgumentException("a summary needs at least one trained run");
        }
        fits.forEach(fit -> Objects.requireNonNull(fit, "a run is null"));
        Table table = Table.create(Objects.requireNonNull(title, "title"),
                StringColumn.create("run", fits.stream().map(ImageFit::name).toList()),
                IntColumn.create(STEP + "s", fits.stream().mapToInt(ImageFit::steps).toArray()),
                DoubleColumn.create(TRAIN_PSNR + " (dB)", fits.stream().mapToDouble(ImageFit::trainPsnr).toArray()),
                DoubleColumn.create(TEST_PSNR + " (dB)", fits.stream().mapToDouble(ImageFit::testPsnr).toArray()),
                DoubleColumn.create("train - test (dB)", fits.stream().mapToDouble(f -> f.trainPsnr() - f.testPsnr()).toArray()),
                DoubleColumn.create("s per step", fits.stream().mapToDouble(ImageFit::secondsPerStep).toArray()));
        for (int c = 2; c <= 4; c++) {
            table.doubleColumn(c).setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        }
        table.doubleColumn(5).setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(3));
        return table;
    }

    /**
     * Returns {@link #summary(String, List)} for runs on one task with two more columns:
     * {@value #HELD_OUT_PSNR}, the PSNR on the pixels with an odd row and an odd column (none of which
     * the runs trained on; the paper's Table 1 scores these, see {@link ImageTask#heldOutPsnr}), after
     * the test PSNR, and {@value #SHARPNESS}, the {@link Sharpness} of each final picture relative
     * to the task's image (1 = as sharp), at the end.
     */
    public static Table summary(String title, ImageTask task, List<ImageFit> fits) {
        Objects.requireNonNull(task, "task");
        Table table = summary(title, fits);
        BufferedImage original = task.image();
        for (ImageFit fit : fits) {
            if (fit.image().getWidth() != original.getWidth() || fit.image().getHeight() != original.getHeight()) {
                throw new IllegalArgumentException("run " + fit.name() + " drew a " + fit.image().getWidth() + "x"
                        + fit.image().getHeight() + " picture, the task's image is " + original.getWidth() + "x"
                        + original.getHeight() + ": give the task the runs learned");
            }
        }
        DoubleColumn heldOut = DoubleColumn.create(HELD_OUT_PSNR,
                fits.stream().mapToDouble(fit -> task.heldOutPsnr(fit.model())).toArray());
        heldOut.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        DoubleColumn sharpness = DoubleColumn.create(SHARPNESS,
                fits.stream().mapToDouble(fit -> Sharpness.relative(fit.image(), original)).toArray());
        sharpness.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        table.insertColumn(4, heldOut);
        return table.addColumns(sharpness);
    }

    /** Returns the reconstruction after the last step: the network's colour at every pixel. */
    public BufferedImage image() {
        return image;
    }

    /** Returns the reconstructions kept during training, by step (see {@link ImageTrainer#snapshots(int...)}). */
    public SortedMap<Integer, BufferedImage> snapshots() {
        return snapshots;
    }

    /** Returns the reconstruction kept at {@code step}. */
    public BufferedImage snapshot(int step) {
        BufferedImage snapshot = snapshots.get(step);
        if (snapshot == null) {
            throw new IllegalArgumentException("no reconstruction was kept at step " + step + "; kept at "
                    + (snapshots.isEmpty() ? "no step (ask for some with ImageTrainer.snapshots(...))" : "steps "
                    + snapshots.keySet()) + "; image() is the final one");
        }
        return snapshot;
    }

    /** Returns the mean wall-clock seconds of one training step (forward, backward and Adam over all training pixels). */
    public double secondsPerStep() {
        return secondsPerStep;
    }

    /** Returns e.g. {@code gaussian σ=10: 2000 steps, train PSNR 31.20 dB, test PSNR 25.10 dB, 0.450 s per step}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %d steps, train PSNR %s, test PSNR %s, %.3f s per step", name, steps,
                Psnr.format(trainPsnr()), Psnr.format(testPsnr()), secondsPerStep);
    }
}
