package org.lectern.data;

import java.lang.ref.WeakReference;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Images with one class label each, decoded for training: features as a float matrix
 * {@code [n, rows*columns]} with pixels scaled to [0, 1], labels as class indices.
 * The feature matrix may be shared with other users of the same dataset in this JVM:
 * never change it in place ({@code dup()} it first).
 *
 * <p>Memory: images read from a dataset's file keep their pixels as the file's bytes (memory-mapped,
 * shared by every JVM on the machine) and become floats a batch at a time ({@link #copyRowsInto}); the
 * whole float matrix (188 MB for MNIST's training images, four times the bytes) exists only while
 * someone holds what {@link #features()} returned.
 */
public final class LabeledImages {
    private final String name;
    /** The features as given, or null when they are decoded from {@link #pixels}. */
    private final INDArray features;
    /** The image file's bytes, or null when {@link #features} are given. */
    private final IdxImages pixels;
    /** Which images of {@link #pixels}, in order; null for the first {@code size()} images. */
    private final int[] pixelImages;
    /** The decoded features while someone holds them, so that every caller gets the same array. */
    private WeakReference<INDArray> decoded = new WeakReference<>(null);
    private final int[] labels;
    private final List<String> classNames;
    private final int rows;
    private final int columns;

    LabeledImages(String name, INDArray features, int[] labels, List<String> classNames, int rows, int columns) {
        this(name, fitting(name, features, labels, rows, columns), null, null, labels, classNames, rows, columns);
    }

    private LabeledImages(String name, IdxImages pixels, int[] pixelImages, int[] labels, List<String> classNames) {
        this(name, null, pixels, pixelImages, labels, classNames, pixels.rows(), pixels.columns());
    }

    private LabeledImages(String name, INDArray features, IdxImages pixels, int[] pixelImages, int[] labels,
                          List<String> classNames, int rows, int columns) {
        this.name = Objects.requireNonNull(name, "name");
        this.features = features;
        this.pixels = pixels;
        this.pixelImages = pixelImages;
        this.labels = labels;
        this.classNames = List.copyOf(classNames);
        this.rows = rows;
        this.columns = columns;
    }

    private static INDArray fitting(String name, INDArray features, int[] labels, int rows, int columns) {
        if (features.rank() != 2 || features.rows() != labels.length || features.columns() != (long) rows * columns) {
            throw new IllegalArgumentException(name + ": features " + Arrays.toString(features.shape())
                    + " do not fit " + labels.length + " images of " + rows + "x" + columns);
        }
        return features;
    }

    /**
     * Pairs an image file with its label file, pixels to be divided by 255 when read; the caller has
     * checked they fit.
     */
    static LabeledImages decode(String name, IdxImages images, IdxLabels labels, List<String> classNames) {
        return new LabeledImages(name, images, null, labels.toArray(), classNames);
    }

    /** Returns what the images are, e.g. {@code MNIST train}. */
    public String name() {
        return name;
    }

    /** Returns the number of images. */
    public int size() {
        return labels.length;
    }

    /** Returns the image height in pixels. */
    public int rows() {
        return rows;
    }

    /** Returns the image width in pixels. */
    public int columns() {
        return columns;
    }

    /**
     * Returns the features, float {@code [size, rows*columns]} in [0, 1]; shared, so do not modify in
     * place. Images read from a file are decoded on the first call and then shared for as long as
     * someone holds the array.
     */
    public synchronized INDArray features() {
        if (features != null) {
            return features;
        }
        INDArray whole = decoded.get();
        if (whole == null) {
            whole = newFeatures(size());
            copyRowsInto(null, 0, whole);
            decoded = new WeakReference<>(whole);
        }
        return whole;
    }

    /** Returns a new float matrix of the features of images {@code from} to {@code to - 1}. */
    public INDArray features(int from, int to) {
        if (from < 0 || to > size() || from >= to) {
            throw new IndexOutOfBoundsException(name + " has " + size() + " images; cannot take images " + from
                    + " to " + (to - 1));
        }
        INDArray part = newFeatures(to - from);
        copyRowsInto(null, from, part);
        return part;
    }

    /** Returns the number type of the features: {@code FLOAT} for images read from a file. */
    public DataType dataType() {
        return features != null ? features.dataType() : DataType.FLOAT;
    }

    /**
     * Writes the features of some images into the rows of {@code target}: the images at the given
     * indices, or with {@code indices} null the target's number of images starting at {@code first}.
     */
    void copyRowsInto(int[] indices, int first, INDArray target) {
        if (features != null) {
            ImageBatchIterator.copyRows(features, indices, first, target);
            return;
        }
        int count = (int) target.rows();
        int width = rows * columns;
        if (!ImageBatchIterator.bulkCopyable(target) || target.columns() != width) {
            throw new IllegalArgumentException("images are decoded into a float row-major matrix of " + width
                    + " columns; got " + target.dataType() + " " + Arrays.toString(target.shape()));
        }
        FloatBuffer to = target.data().asNioFloat();
        if (indices == null && pixelImages == null) {
            pixels.putScaledImages(first, count, to, 0);
            return;
        }
        int[] images = new int[count];
        for (int i = 0; i < count; i++) {
            int image = indices == null ? first + i : indices[i];
            images[i] = pixelImages == null ? image : pixelImages[image];
        }
        pixels.putScaledImages(images, to);
    }

    /** Returns a new uninitialised float matrix for {@code count} images, outside any workspace. */
    @SuppressWarnings("try") // the scope is used for its effect: no workspace while it is open
    private INDArray newFeatures(int count) {
        try (MemoryWorkspace outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return Nd4j.createUninitialized(dataType(), count, (long) rows * columns);
        }
    }

    /** Returns a copy of the class index of every image, in order. */
    public int[] labels() {
        return labels.clone();
    }

    /** Returns the class index of image {@code index}. */
    public int label(int index) {
        return labels[index];
    }

    /** Returns the name of every class, indexed by class index. */
    public List<String> classNames() {
        return classNames;
    }

    /** Returns the number of classes. */
    public int numClasses() {
        return classNames.size();
    }

    /** Returns how many images each class has, indexed by class index. */
    public int[] classCounts() {
        int[] counts = new int[numClasses()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** Returns a new float matrix {@code [size, numClasses]} with a single 1 per row, at the image's class. */
    public INDArray oneHotLabels() {
        return oneHot(labels, numClasses());
    }

    /** Returns the first {@code count} images, sharing this object's features (a view) or file bytes, not a copy. */
    public LabeledImages head(int count) {
        if (count < 0 || count > size()) {
            throw new IllegalArgumentException(name + " has " + size() + " images; cannot take the first " + count);
        }
        if (count == size()) {
            return this;
        }
        if (features == null) {
            return new LabeledImages(name, pixels, pixelImages == null ? null : Arrays.copyOf(pixelImages, count),
                    Arrays.copyOf(labels, count), classNames);
        }
        INDArray firstRows = features.get(NDArrayIndex.interval(0, count), NDArrayIndex.all());
        return new LabeledImages(name, firstRows, Arrays.copyOf(labels, count), classNames, rows, columns);
    }

    /**
     * Returns the same labels with other features, one row per image in the same order, each row
     * a {@code rows x columns} picture: e.g. an encoder's codes of these images, 400 units as 20x20.
     *
     * @throws IllegalArgumentException if the features do not have one row of {@code rows * columns} values per image
     */
    public LabeledImages withFeatures(String name, INDArray features, int rows, int columns) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(features, "features");
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("each row of the new features is pictured as rows x columns, both at least 1; got "
                    + rows + "x" + columns);
        }
        if (features.rank() != 2 || features.rows() != size() || features.columns() != (long) rows * columns) {
            throw new IllegalArgumentException(this.name + " has " + size() + " images, so the new features need shape ["
                    + size() + ", " + (long) rows * columns + "] for " + rows + "x" + columns + " values each; got "
                    + Arrays.toString(features.shape()));
        }
        return new LabeledImages(name, features, labels, classNames, rows, columns);
    }

    /**
     * Returns the images at the given indices, in that order, under a new name; given features are
     * copied outside any workspace, as they may be kept for the life of the JVM, while images read
     * from a file stay its bytes.
     */
    @SuppressWarnings("try") // the scope is used for its effect: no workspace while it is open
    LabeledImages rows(String newName, int[] indices) {
        int[] picked = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = labels[indices[i]];
        }
        if (features == null) {
            int[] images = new int[indices.length];
            for (int i = 0; i < indices.length; i++) {
                images[i] = pixelImages == null ? indices[i] : pixelImages[indices[i]];
            }
            return new LabeledImages(newName, pixels, images, picked, classNames);
        }
        INDArray copy;
        try (MemoryWorkspace outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            copy = ImageBatchIterator.gather(features, indices);
        }
        return new LabeledImages(newName, copy, picked, classNames, rows, columns);
    }

    /** Returns a new float matrix {@code [labels.length, classes]}, row i one-hot at {@code labels[i]}. */
    /** Writes the one-hot rows of the labels into a float matrix of {@code [labels.length, classes]}. */
    static void oneHotInto(int[] labels, INDArray target) {
        int classes = (int) target.columns();
        FloatBuffer values = target.data().asNioFloat();
        for (int i = 0; i < labels.length * classes; i++) {
            values.put(i, 0f);
        }
        for (int i = 0; i < labels.length; i++) {
            values.put(i * classes + labels[i], 1f);
        }
    }

    static INDArray oneHot(int[] labels, int classes) {
        float[] values = new float[labels.length * classes];
        for (int i = 0; i < labels.length; i++) {
            values[i * classes + labels[i]] = 1f;
        }
        return Nd4j.create(values, new long[] {labels.length, classes}, DataType.FLOAT);
    }

    /** Returns e.g. {@code MNIST train: 60000 images of 28x28, 10 classes}. */
    @Override
    public String toString() {
        return name + ": " + size() + " images of " + rows + "x" + columns + ", " + numClasses() + " classes";
    }
}
