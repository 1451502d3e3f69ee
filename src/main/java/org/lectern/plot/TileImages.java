package org.lectern.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Images of one size as flat row-major {@code double[]} tiles, converted from the shapes a
 * notebook has at hand, with an error that says what was wrong when the shape does not fit.
 *
 * @param height the height of every tile in pixels
 * @param width  the width of every tile in pixels
 * @param tiles  the tiles, each {@code height * width} values, row by row
 */
record TileImages(int height, int width, List<double[]> tiles) {
    /** A requested image size: both 0 means "infer a square from the number of values". */
    record Size(int height, int width) {
        static final Size INFER = new Size(0, 0);
        static final Size MNIST = new Size(28, 28);

        boolean inferred() {
            return height == 0;
        }

        int pixels() {
            return height * width;
        }
    }

    TileImages {
        tiles = List.copyOf(tiles);
    }

    /** Returns the number of tiles. */
    int count() {
        return tiles.size();
    }

    /**
     * Reads images from an array: {@code [n, h*w]} (one image per row, e.g. MNIST's [n, 784]),
     * {@code [n, h, w]}, {@code [n, 1, h, w]} (DL4J's image layout) or a single {@code [h*w]} or {@code [h, w]}.
     */
    static TileImages of(INDArray images, Size size) {
        Objects.requireNonNull(images, "images");
        long[] shape = images.shape();
        return switch (shape.length) {
            case 1 -> flat(matrix(images.reshape(1, shape[0])), size, "a vector of shape " + Arrays.toString(shape));
            case 2 -> flat(matrix(images), size, "an array of shape " + Arrays.toString(shape));
            case 3 -> cube(images, (int) shape[0], (int) shape[1], (int) shape[2], size);
            case 4 -> {
                if (shape[1] != 1) {
                    throw new IllegalArgumentException("an array of shape " + Arrays.toString(shape) + " has " + shape[1]
                            + " channels; image tiles are grey, so pass [n, 1, h, w] or one channel, e.g. images.get(all(), point(0))");
                }
                yield cube(images.reshape(shape[0], shape[2], shape[3]), (int) shape[0], (int) shape[2], (int) shape[3], size);
            }
            default -> throw new IllegalArgumentException("an array of shape " + Arrays.toString(shape)
                    + " is not a set of images; pass [n, 784] (one image per row), [n, 28, 28] or [n, 1, 28, 28]");
        };
    }

    /** Reads images from plain arrays, one image per row, each row {@code h*w} values. */
    static TileImages of(double[][] images, Size size) {
        Objects.requireNonNull(images, "images");
        return flat(images, size, "a double[" + images.length + "][]");
    }

    /** Reads a list of single images, each {@code [h*w]}, {@code [1, h*w]} or {@code [h, w]}. */
    static TileImages of(List<INDArray> images, Size size) {
        Objects.requireNonNull(images, "images");
        List<double[]> tiles = new ArrayList<>();
        Size found = size;
        for (int i = 0; i < images.size(); i++) {
            INDArray image = Objects.requireNonNull(images.get(i), "image " + i + " of the list is null");
            long[] shape = image.shape();
            boolean matrixImage = shape.length == 2 && shape[0] > 1;
            TileImages one = matrixImage ? cube(image.reshape(1, shape[0], shape[1]), 1, (int) shape[0], (int) shape[1], found)
                    : of(image.reshape(1, image.length()), found);
            found = new Size(one.height(), one.width());
            tiles.addAll(one.tiles());
        }
        if (tiles.isEmpty()) {
            throw new IllegalArgumentException("the list of images is empty; pass at least one image");
        }
        return new TileImages(found.height(), found.width(), tiles);
    }

    /**
     * Reads a weight matrix as one tile per hidden unit: the columns of {@code [nIn, nOut]}
     * ({@link WeightOrientation#COLUMNS}) or the rows of {@code [nOut, nIn]} ({@link WeightOrientation#ROWS}).
     * Tiles are 28x28 unless {@code size} says otherwise: not inferred, because both sides of a
     * [784, 400] matrix are square numbers and the wrong one would give 20x20 tiles without a word.
     */
    static TileImages weights(INDArray weights, WeightOrientation orientation, Size requested) {
        Size size = requested.inferred() ? Size.MNIST : requested;
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(orientation, "orientation");
        long[] shape = weights.shape();
        if (shape.length != 2) {
            throw new IllegalArgumentException("weights must be a matrix, got shape " + Arrays.toString(shape)
                    + "; pass a dense layer's weight matrix such as [784, 400]");
        }
        INDArray units = orientation == WeightOrientation.COLUMNS ? weights.transpose() : weights;
        long perUnit = units.size(1);
        long otherSide = units.size(0);
        String which = orientation == WeightOrientation.COLUMNS ? "column" : "row";
        if (perUnit != size.pixels()) {
            boolean otherFits = otherSide == size.pixels();
            throw new IllegalArgumentException("each " + which + " of a " + Arrays.toString(shape) + " weight matrix has "
                    + perUnit + " weights, which is " + expectation(size)
                    + (otherFits ? "; pass WeightOrientation." + orientation.other() + " if each "
                    + (orientation == WeightOrientation.COLUMNS ? "row" : "column") + " holds one unit's weights" : ""));
        }
        return flat(matrix(units), size, "a " + Arrays.toString(shape) + " weight matrix");
    }

    private static TileImages flat(double[][] rows, Size size, String what) {
        if (rows.length == 0) {
            throw new IllegalArgumentException(what + " holds no images; pass at least one");
        }
        int length = Objects.requireNonNull(rows[0], "image 0 is null").length;
        Size resolved = size;
        if (size.inferred()) {
            if (!isSquare(length)) {
                throw new IllegalArgumentException(what + ": each image has " + length + " values, which is "
                        + expectation(size));
            }
            int side = (int) Math.round(Math.sqrt(length));
            resolved = new Size(side, side);
        }
        List<double[]> tiles = new ArrayList<>(rows.length);
        for (int i = 0; i < rows.length; i++) {
            double[] row = Objects.requireNonNull(rows[i], "image " + i + " is null");
            if (row.length != resolved.pixels()) {
                throw new IllegalArgumentException(what + ": image " + i + " has " + row.length + " values, but images of "
                        + resolved.height() + "x" + resolved.width() + " need " + resolved.pixels());
            }
            tiles.add(row.clone());
        }
        return new TileImages(resolved.height(), resolved.width(), tiles);
    }

    private static TileImages cube(INDArray images, int count, int height, int width, Size size) {
        if (!size.inferred() && (size.height() != height || size.width() != width)) {
            throw new IllegalArgumentException("the images are " + height + "x" + width + " but the image size is set to "
                    + size.height() + "x" + size.width() + "; leave imageSize unset for [n, h, w] arrays");
        }
        return flat(matrix(images.reshape('c', count, (long) height * width)), new Size(height, width),
                "an array of shape " + Arrays.toString(images.shape()));
    }

    private static double[][] matrix(INDArray array) {
        return array.castTo(DataType.DOUBLE).dup('c').toDoubleMatrix();
    }

    private static boolean isSquare(long n) {
        long side = Math.round(Math.sqrt(n));
        return n > 0 && side * side == n;
    }

    private static String expectation(Size size) {
        return size.inferred()
                ? "not a square number (28x28 = 784 for MNIST); set the image size with imageSize(height, width)"
                : "not " + size.height() + "x" + size.width() + " = " + size.pixels() + " as the image size says";
    }
}
