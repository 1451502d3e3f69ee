package org.lectern.data;

import java.util.List;
import java.util.stream.IntStream;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;

/**
 * One split of a dataset as a notebook wants it: how many images (quick or full mode), in which
 * order and in what batch size. Immutable: every setter returns a new object, so a re-run cell
 * never inherits another cell's settings.
 *
 * <p>Defaults: batches of {@value #DEFAULT_BATCH_SIZE} (it divides 60000, 10000, 5000 and 1000,
 * so no epoch ends with a short batch); the training split shuffled with seed
 * {@value #DEFAULT_SEED}, the test split in file order; quick or full mode from
 * {@link RunMode#current()} (quick: the first {@value RunMode#QUICK_TRAIN_EXAMPLES} training or
 * {@value RunMode#QUICK_TEST_EXAMPLES} test images).
 *
 * <p>The decoded images are loaded once per JVM and shared by every split object and iterator.
 *
 * <pre>{@code
 * DataSetIterator train = Mnist.train().batchSize(64).shuffle(7).iterator();
 * INDArray testImages = Mnist.test().features();     // [10000, 784], do not modify in place
 * int[] testLabels = Mnist.test().labels();
 * }</pre>
 */
public final class DataSplit {
    /** The batch size unless {@link #batchSize(int)} says otherwise. */
    public static final int DEFAULT_BATCH_SIZE = 100;
    /** The shuffle seed of a training split unless {@link #shuffle(long)} or {@link #noShuffle()} says otherwise. */
    public static final long DEFAULT_SEED = 42;

    private final ImageDataset dataset;
    private final Split split;
    private final int batchSize;
    private final OptionalLong seed;
    private final Boolean quick;
    private final SplitPart part;

    private DataSplit(ImageDataset dataset, Split split, int batchSize, OptionalLong seed, Boolean quick) {
        this(dataset, split, batchSize, seed, quick, null);
    }

    private DataSplit(ImageDataset dataset, Split split, int batchSize, OptionalLong seed, Boolean quick,
                      SplitPart part) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.split = Objects.requireNonNull(split, "split");
        this.batchSize = batchSize;
        this.seed = seed;
        this.quick = quick;
        this.part = part;
    }

    /** Returns a split with the defaults described above. */
    public static DataSplit of(ImageDataset dataset, Split split) {
        OptionalLong seed = split == Split.TRAIN ? OptionalLong.of(DEFAULT_SEED) : OptionalLong.empty();
        return new DataSplit(dataset, split, DEFAULT_BATCH_SIZE, seed, null);
    }

    /** Returns a copy that iterates in batches of {@code size} images; the last batch may be smaller. */
    public DataSplit batchSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + size);
        }
        return new DataSplit(dataset, split, size, seed, quick, part);
    }

    /** Returns a copy that shuffles every epoch, the same way for the same seed (see {@link ImageBatchIterator}). */
    public DataSplit shuffle(long seed) {
        return new DataSplit(dataset, split, batchSize, OptionalLong.of(seed), quick, part);
    }

    /** Returns a copy that iterates in file order. */
    public DataSplit noShuffle() {
        return new DataSplit(dataset, split, batchSize, OptionalLong.empty(), quick, part);
    }

    /** Returns a copy that uses the quick subset if {@code quick} is true and every image if false, whatever the run mode. */
    public DataSplit quick(boolean quick) {
        return new DataSplit(dataset, split, batchSize, seed, quick, part);
    }

    /**
     * Divides this split into a validation part of {@code count} images drawn at random with
     * {@code seed} and a training part of the rest: disjoint, and the same for the same seed. The
     * training part keeps this split's batch size and shuffling; the validation part iterates in
     * file order. The draw is made among the images of the run mode (quick mode: the quick subset).
     *
     * @throws IllegalArgumentException if {@code count} is not between 1 and the number of images minus 1
     *                                  (checked when the images are first used)
     * @throws IllegalStateException    if this split is already a part of a hold-out
     */
    public HoldOut holdOut(int count, long seed) {
        if (part != null) {
            throw new IllegalStateException("this split is already the " + part.describe()
                    + "; hold out from the whole split instead");
        }
        if (count < 1) {
            throw new IllegalArgumentException("hold out at least 1 image; got " + count);
        }
        return new HoldOut(new DataSplit(dataset, split, batchSize, this.seed, quick, new HeldOutPart(count, seed, false)),
                new DataSplit(dataset, split, batchSize, OptionalLong.empty(), quick, new HeldOutPart(count, seed, true)));
    }

    /**
     * Returns a labelled subset of this training split: exactly {@code perClass} images of every
     * class, drawn at random with {@code seed} (the same subset for the same seed, another for
     * another seed) and kept in file order, e.g. {@code Mnist.train().labelled(50, 7)} for 500
     * labelled digits. For one seed a smaller subset is part of every larger one. The subset keeps
     * this split's batch size and shuffling; {@link #indices()} says which training images it holds.
     * The draw is made among the images of the run mode (quick mode: the quick subset).
     *
     * @throws IllegalArgumentException if {@code perClass} is below 1, or (when the images are first
     *                                  used) above the number of images of the smallest class
     * @throws IllegalStateException    if this is the test split, or already a hold-out part or subset
     */
    public DataSplit labelled(int perClass, long seed) {
        if (split != Split.TRAIN) {
            throw new IllegalStateException("a labelled subset is drawn from the training split, so that the test "
                    + "images stay unseen; call labelled(...) on the training split, e.g. Mnist.train().labelled("
                    + perClass + ", " + seed + ")");
        }
        if (part != null) {
            throw new IllegalStateException("this split is already the " + part.describe()
                    + "; draw the labelled subset from the whole training split instead");
        }
        if (perClass < 1) {
            throw new IllegalArgumentException("a labelled subset needs at least 1 image per class; got " + perClass);
        }
        return new DataSplit(dataset, split, batchSize, this.seed, quick, new LabelledPart(perClass, seed));
    }

    /**
     * Returns the position in the split's file of every image this split holds, in order: 0 to
     * size - 1 for a whole split (in quick mode the first images), the drawn positions for a
     * hold-out side or a labelled subset. {@code images().features()} row {@code i} is the file's
     * image {@code indices()[i]}.
     */
    public int[] indices() {
        LabeledImages all = LoadedDatasets.get(dataset, split);
        LabeledImages selected = all.head(split.examples(runMode(), all.size()));
        return part == null ? IntStream.range(0, selected.size()).toArray() : part.indices(selected);
    }

    /** Returns a new iterator at epoch 0; each call starts the same sequence of batches. */
    public DataSetIterator iterator() {
        return new ImageBatchIterator(images(), batchSize, seed);
    }

    /**
     * Returns a new iterator like {@link #iterator()} that writes every batch into the same arrays, for
     * a loop that is done with each batch before asking for the next (see {@link ImageBatchIterator#reusing}).
     */
    public DataSetIterator reusingIterator() {
        return ImageBatchIterator.reusing(images(), batchSize, seed);
    }

    /** Returns the selected images with their labels; shared, so do not modify the features in place. */
    public LabeledImages images() {
        LabeledImages all = LoadedDatasets.get(dataset, split);
        LabeledImages selected = all.head(split.examples(runMode(), all.size()));
        return part == null ? selected : LoadedDatasets.part(dataset, split, selected, part);
    }

    /** Returns the features in file order, float {@code [n, 784]} in [0, 1]; shared, so do not modify in place. */
    public INDArray features() {
        return images().features();
    }

    /**
     * Returns a new float matrix of the features in file order, {@code [n, 784]} in [0, 1], the caller's
     * to change in place (and to {@code close()} when done, which frees its native memory at once).
     */
    public INDArray copyOfFeatures() {
        LabeledImages images = images();
        return images.features(0, images.size());
    }

    /** Returns the class index of every image, in file order. */
    public int[] labels() {
        return images().labels();
    }

    /** Returns new one-hot labels {@code [n, 10]} in file order. */
    public INDArray oneHotLabels() {
        return images().oneHotLabels();
    }

    /** Returns all selected images as one DL4J {@link DataSet} in file order (features shared, labels new). */
    public DataSet dataSet() {
        LabeledImages images = images();
        return new DataSet(images.features(), images.oneHotLabels());
    }

    /** Returns the number of images selected: all of the split, or the quick subset. */
    public int size() {
        return images().size();
    }

    /** Returns the batch size. */
    public int batchSize() {
        return batchSize;
    }

    /** Returns the shuffle seed, or empty for file order. */
    public OptionalLong seed() {
        return seed;
    }

    /** Returns the run mode that decides the number of images: the {@link #quick(boolean)} override or the current one. */
    public RunMode runMode() {
        return quick == null ? RunMode.current() : quick ? RunMode.QUICK : RunMode.FULL;
    }

    /** Returns the class names, indexed by class index. */
    public List<String> classNames() {
        return dataset.classNames();
    }

    /** Returns the dataset this split belongs to. */
    public ImageDataset dataset() {
        return dataset;
    }

    /** Returns which split this is. */
    public Split split() {
        return split;
    }

    /** Returns e.g. {@code MNIST train, batches of 100, shuffled with seed 42, quick mode} without loading anything. */
    @Override
    public String toString() {
        return dataset.displayName() + " " + split + (part == null ? "" : ", " + part.describe()) + ", batches of "
                + batchSize + ", "
                + (seed.isPresent() ? "shuffled with seed " + seed.getAsLong() : "file order") + ", "
                + runMode().name().toLowerCase(Locale.ROOT) + " mode";
    }
}
