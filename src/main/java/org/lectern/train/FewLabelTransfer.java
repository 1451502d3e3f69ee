package org.lectern.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.lectern.data.DataSplit;
import org.lectern.data.ImageBatchIterator;
import org.lectern.data.LabeledImages;
import org.lectern.data.Mnist;
import org.lectern.display.Progress;
import org.lectern.display.ProgressBar;
import org.lectern.nn.Autoencoder;
import org.lectern.nn.Classifier;
import org.lectern.nn.LayerSpec;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * Compares, on a few labelled images, classifiers built from an autoencoder pretrained on
 * unlabelled images (see {@link TransferVariant}): fine-tuned, from scratch, frozen encoder, and the
 * same head on the pixels as the baseline for the frozen codes.
 * Every variant gets the same head (a softmax layer, by default alone), the same updater, the same epochs and batch size and,
 * for one seed, the same labelled images in the same batch order; the seed also draws the fresh
 * weights. The pretrained autoencoder is never changed: each run copies what it needs.
 *
 * <pre>{@code
 * TransferResults results = FewLabelTransfer.from(pretrained)
 *         .updater(new Adam(1e-3)).epochs(100).batchSize(50)
 *         .perClass(10, 50, 200).seeds(1, 2, 3).learningCurves(50)
 *         .compare();                                     // 4 variants x 3 label counts x 3 seeds
 * results.summary(500)                                    // mean, spread over the seeds
 * }</pre>
 *
 * <p>With {@code steps(1000)} instead of {@code epochs(100)} every run takes about 1000 updater
 * steps, so a run on 100 labels trains as long as one on 2000 (more epochs of fewer images).
 *
 * <pre>{@code
 * FewLabelTransfer.from(pretrained).steps(1000).batchSize(50).perClass(10, 50, 200).compare();
 * }</pre>
 */
public final class FewLabelTransfer {
    private final Autoencoder pretrained;
    private DataSplit train = Mnist.train();
    private DataSplit test = Mnist.test();
    private IUpdater updater = new Adam(1e-3);
    private int epochs = 50;
    private int steps;
    private int batchSize = 50;
    private int[] perClass = {10, 50, 200};
    private long[] seeds = {1, 2, 3};
    private List<TransferVariant> variants = List.of(TransferVariant.values());
    private Set<Integer> curvesAt = new TreeSet<>();
    private int curvePoints = 25;
    private final List<Integer> headUnits = new ArrayList<>();
    private final List<Activation> headActivations = new ArrayList<>();
    private boolean progress = true;
    private LabeledImages testCodes;

    private FewLabelTransfer(Autoencoder pretrained) {
        this.pretrained = Objects.requireNonNull(pretrained, "pretrained");
    }

    /**
     * Starts a comparison on a pretrained autoencoder with the defaults: MNIST's training split for the
     * labelled images and its test split for measuring, Adam 0.001, 50 epochs, batches of 50,
     * 10, 50 and 200 labelled images per class, seeds 1 to 3, every variant, no learning curves.
     */
    public static FewLabelTransfer from(Autoencoder pretrained) {
        return new FewLabelTransfer(pretrained);
    }

    /** Sets the training split the labelled subsets are drawn from (default {@code Mnist.train()}). */
    public FewLabelTransfer train(DataSplit split) {
        this.train = Objects.requireNonNull(split, "split");
        return this;
    }

    /** Sets the split every classifier is measured on (default {@code Mnist.test()}). */
    public FewLabelTransfer test(DataSplit split) {
        this.test = Objects.requireNonNull(split, "split");
        this.testCodes = null;
        return this;
    }

    /** Sets the updater of every classifier, e.g. {@code new Adam(1e-3)} (the default) or {@code new Sgd(0.1)}. */
    public FewLabelTransfer updater(IUpdater updater) {
        this.updater = Objects.requireNonNull(updater, "updater").clone();
        return this;
    }

    /** Trains every classifier for the same number of epochs (default 50), whatever its number of labels. */
    public FewLabelTransfer epochs(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1; got " + epochs);
        }
        this.epochs = epochs;
        this.steps = 0;
        return this;
    }

    /**
     * Trains every classifier for about the same number of updater steps instead of epochs: as many
     * whole epochs as reach {@code steps}, e.g. 1000 steps of batches of 50 are 500 epochs of 100
     * labelled images, 100 epochs of 500 and 25 of 2000. Few labels then get as much training as many.
     */
    public FewLabelTransfer steps(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1; got " + steps);
        }
        this.steps = steps;
        return this;
    }

    /** Returns the epochs a run with {@code labels} labelled images in all trains for, by {@link #epochs} or {@link #steps}. */
    public int epochsFor(int labels) {
        if (labels < 1) {
            throw new IllegalArgumentException("a run needs at least 1 labelled image; got " + labels);
        }
        if (steps == 0) {
            return epochs;
        }
        int batchesPerEpoch = (labels + batchSize - 1) / batchSize;
        return (steps + batchesPerEpoch - 1) / batchesPerEpoch;
    }

    /** Sets the batch size (default 50); a labelled subset smaller than that is one batch. */
    public FewLabelTransfer batchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /** Sets the labelled images per class that {@link #compare()} tries, e.g. {@code perClass(10, 50, 200)}. */
    public FewLabelTransfer perClass(int... counts) {
        this.perClass = distinctAscending(counts, "labelled images per class", 1);
        return this;
    }

    /** Sets the seeds that {@link #compare()} repeats every setting with, e.g. {@code seeds(1, 2, 3)}. */
    public FewLabelTransfer seeds(long... seeds) {
        Objects.requireNonNull(seeds, "seeds");
        if (seeds.length == 0 || Arrays.stream(seeds).distinct().count() != seeds.length) {
            throw new IllegalArgumentException("give one or more different seeds, e.g. seeds(1, 2, 3); got "
                    + Arrays.toString(seeds));
        }
        this.seeds = seeds.clone();
        return this;
    }

    /** Sets the variants that {@link #compare()} trains, in this order (default all of them). */
    public FewLabelTransfer variants(TransferVariant... variants) {
        Objects.requireNonNull(variants, "variants");
        if (variants.length == 0 || EnumSet.copyOf(Arrays.asList(variants)).size() != variants.length) {
            throw new IllegalArgumentException("give one or more different variants; got " + Arrays.toString(variants));
        }
        this.variants = List.of(variants);
        return this;
    }

    /**
     * Measures the test accuracy during training (a pass over the test images each time, at about
     * {@link #curvePoints(int)} evenly spaced epochs and the last) for the runs with these labelled
     * images per class, so {@link TransferResults#curves} can draw them.
     */
    public FewLabelTransfer learningCurves(int... perClass) {
        curvesAt = new TreeSet<>();
        for (int count : distinctAscending(perClass, "labelled images per class", 1)) {
            curvesAt.add(count);
        }
        return this;
    }

    /**
     * Sets about how many times a learning curve measures the test accuracy (default 25): every
     * {@code max(1, epochs / points)} epochs and after the last. Each time is a pass over the test images.
     */
    public FewLabelTransfer curvePoints(int points) {
        if (points < 1) {
            throw new IllegalArgumentException("a learning curve needs at least 1 point; got " + points);
        }
        this.curvePoints = points;
        return this;
    }

    /**
     * Adds a hidden layer of {@code units} units to every variant's head, before its softmax layer
     * and after any added before (default: no hidden layer, the head is the softmax alone). The
     * frozen encoder then trains a small network on the codes, e.g. {@code head(100, Activation.RELU)}.
     */
    public FewLabelTransfer head(int units, Activation activation) {
        if (units < 1) {
            throw new IllegalArgumentException("a hidden layer of the head needs at least 1 unit; got " + units);
        }
        headUnits.add(units);
        headActivations.add(Objects.requireNonNull(activation, "activation"));
        return this;
    }

    /** Switches the progress bar over all runs of {@link #compare()} (on by default). */
    public FewLabelTransfer progress(boolean show) {
        this.progress = show;
        return this;
    }

    /** Returns the pretrained autoencoder. */
    public Autoencoder pretrained() {
        return pretrained;
    }

    /**
     * Returns the untrained classifier of a variant, each ending in the head (the hidden layers of
     * {@link #head}, if any, and a softmax layer): for {@code FINE_TUNED} the encoder's layers with
     * their pretrained weights before it, for {@code FROM_SCRATCH} the same layers drawn fresh; for
     * {@code FROZEN_ENCODER} the head alone, taking codes as inputs, and for {@code PIXELS} the head
     * alone on the pixels. Fresh weights are drawn from {@code seed}; number type and initialisation
     * are the encoder's.
     */
    public Classifier classifier(TransferVariant variant, long seed) {
        Objects.requireNonNull(variant, "variant");
        int classes = train.classNames().size();
        Classifier.Builder builder = Classifier.builder().classes(classes).updater(updater).seed(seed)
                .init(pretrained.spec().init()).dataType(pretrained.dataType());
        switch (variant) {
            case FINE_TUNED -> builder.encoder(pretrained);
            case FROM_SCRATCH -> {
                builder.inputs(pretrained.inputs());
                for (LayerSpec layer : pretrained.encoderLayers()) {
                    builder.hidden(layer.outputs(), layer.activation());
                }
            }
            case FROZEN_ENCODER -> builder.inputs(pretrained.codeSize());
            case PIXELS -> builder.inputs(pretrained.inputs());
        }
        for (int i = 0; i < headUnits.size(); i++) {
            builder.hidden(headUnits.get(i), headActivations.get(i));
        }
        return builder.build();
    }

    /**
     * Trains one classifier of the variant on {@code perClass} labelled images per class drawn with
     * {@code seed}, and measures it on the test split: once at the end, and during training where
     * learning curves were asked for at this count (the history's test accuracy; {@code NaN} at the
     * epochs in between).
     */
    public TransferRun run(TransferVariant variant, int perClass, long seed) {
        long start = System.nanoTime();
        LabeledImages labelled = train.labelled(perClass, seed).images();
        boolean frozen = variant == TransferVariant.FROZEN_ENCODER;
        LabeledImages inputs = frozen ? pretrained.encode(labelled) : labelled;
        LabeledImages testInputs = frozen ? testCodes() : test.images();
        Classifier classifier = classifier(variant, seed);
        int epochCount = epochsFor(labelled.size());
        Trainer<Classifier> trainer = Trainer.on(classifier).epochs(epochCount)
                .data(ImageBatchIterator.reusing(inputs, batchSize, OptionalLong.of(seed)))
                .stage(variant.label() + ", " + labelled.size() + " labels, seed " + seed)
                .trainAccuracy(false).progress(false).print(false);
        AccuracyCurve curve = curvesAt.contains(perClass)
                ? new AccuracyCurve(classifier, testInputs, epochCount, curvePoints) : null;
        if (curve != null) {
            trainer.listener(curve);
        }
        TrainingHistory history = curve == null ? trainer.fit() : curve.applyTo(trainer.fit());
        return new TransferRun(variant, perClass, labelled.size(), seed, AccuracyCurve.accuracy(classifier, testInputs),
                AccuracyCurve.accuracy(classifier, inputs), history, (System.nanoTime() - start) / 1e9, classifier);
    }

    /** Trains every variant for every count of labelled images per class and every seed, and returns all runs. */
    public TransferResults compare() {
        List<TransferRun> runs = new ArrayList<>();
        int total = perClass.length * seeds.length * variants.size();
        try (ProgressBar bar = progress ? Progress.bar("Few-label runs", total) : null) {
            for (int count : perClass) {
                for (long seed : seeds) {
                    for (TransferVariant variant : variants) {
                        TransferRun run = run(variant, count, seed);
                        runs.add(run);
                        if (bar != null) {
                            bar.metric(variant.label() + " test %", run.testAccuracy()).step();
                        }
                    }
                }
            }
        }
        return TransferResults.of(runs);
    }

    private LabeledImages testCodes() {
        if (testCodes == null) {
            testCodes = pretrained.encode(test.images());
        }
        return testCodes;
    }

    private static int[] distinctAscending(int[] counts, String what, int least) {
        Objects.requireNonNull(counts, what);
        int[] sorted = Arrays.stream(counts).sorted().toArray();
        if (sorted.length == 0 || sorted[0] < least || Arrays.stream(sorted).distinct().count() != sorted.length) {
            throw new IllegalArgumentException("give one or more different " + what + ", each at least " + least
                    + "; got " + Arrays.toString(counts));
        }
        return sorted;
    }
}
