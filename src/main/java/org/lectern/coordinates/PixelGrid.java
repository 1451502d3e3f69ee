package org.lectern.coordinates;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The pixel positions of a {@code size x size} image as the paper's code lays them out: pixel
 * {@code (row, column)} sits at {@code (x, y) = (column / size, row / size)} in {@code [0, 1)}
 * ({@code linspace(0, 1, size, endpoint=False)}), one row per pixel in reading order (index
 * {@code row * size + column}). The training pixels are those with an even row and an even column
 * ({@code x[::2, ::2]}, one in four); the test set is the full grid.
 *
 * <pre>{@code
 * PixelGrid grid = PixelGrid.of(256);
 * INDArray all = grid.coordinates();          // [65536, 2]
 * INDArray train = grid.trainCoordinates();   // [16384, 2]: even rows and even columns
 * }</pre>
 */
public final class PixelGrid {
    private final int size;

    private PixelGrid(int size) {
        this.size = size;
    }

    /** Returns the grid of a {@code size x size} image (size at least 2, so that some pixels are held out). */
    public static PixelGrid of(int size) {
        if (size < 2) {
            throw new IllegalArgumentException("a pixel grid needs a size of at least 2 (2x2 pixels); got " + size);
        }
        if ((long) size * size > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("a " + size + "x" + size + " grid has too many pixels; the paper uses 512x512");
        }
        return new PixelGrid(size);
    }

    /** Returns the side length in pixels. */
    public int size() {
        return size;
    }

    /** Returns the number of pixels, {@code size * size}: the test set. */
    public int pixels() {
        return size * size;
    }

    /** Returns the number of training pixels: those with an even row and column, a quarter for an even size. */
    public int trainPixels() {
        return half() * half();
    }

    /** Returns every pixel's position, FLOAT {@code [size * size, 2]}, row {@code row * size + column} = {@code (column / size, row / size)}. */
    public INDArray coordinates() {
        return positions(IntStream.range(0, pixels()).toArray());
    }

    /** Returns the training pixels' positions, FLOAT {@code [trainPixels(), 2]}, in reading order. */
    public INDArray trainCoordinates() {
        return positions(trainIndices());
    }

    /** Returns the positions of the pixels of one image row, FLOAT {@code [size, 2]}: x from 0 to {@code (size-1)/size}. */
    public INDArray rowCoordinates(int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " is outside the " + size + "x" + size + " grid (rows 0 to "
                    + (size - 1) + ")");
        }
        return positions(IntStream.range(row * size, (row + 1) * size).toArray());
    }

    /** Returns the indices (into {@link #coordinates()}) of the training pixels: even row and even column, in reading order. */
    public int[] trainIndices() {
        int[] indices = new int[trainPixels()];
        int i = 0;
        for (int row = 0; row < size; row += 2) {
            for (int column = 0; column < size; column += 2) {
                indices[i++] = row * size + column;
            }
        }
        return indices;
    }

    /**
     * Returns the training pixels of an image of this grid's size (even row and even column) as an
     * image of half the size: what the network sees of it.
     */
    public BufferedImage trainPart(BufferedImage image) {
        return every2nd(image, 0, "trainPart");
    }

    /**
     * Returns the pixels with an odd row and an odd column of an image of this grid's size, as an
     * image of half the size (rounded down): held out from training, each sits diagonally between
     * four training pixels, as far from them as a pixel gets. Comparing it with {@link #trainPart}
     * of a reconstruction shows how well the network fills in what it did not see.
     */
    public BufferedImage heldOutPart(BufferedImage image) {
        return every2nd(image, 1, "heldOutPart");
    }

    /**
     * Returns the indices (into {@link #coordinates()}) of the pixels with an odd row and an odd
     * column, in reading order: held out from training and as far from the training pixels as a
     * pixel gets. The paper's table scores its networks on these pixels ({@code x_test[1::2, 1::2]}).
     */
    public int[] heldOutIndices() {
        int side = size / 2;
        int[] indices = new int[side * side];
        int i = 0;
        for (int row = 1; row < size; row += 2) {
            for (int column = 1; column < size; column += 2) {
                indices[i++] = row * size + column;
            }
        }
        return indices;
    }

    /** Returns e.g. {@code 256x256 pixel grid: 65536 test pixels, 16384 training pixels (even rows and columns)}. */
    @Override
    public String toString() {
        return size + "x" + size + " pixel grid: " + pixels() + " test pixels, " + trainPixels()
                + " training pixels (even rows and columns)";
    }

    private INDArray positions(int[] pixels) {
        float[] values = new float[2 * pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            values[2 * i] = (float) (pixels[i] % size) / size;
            values[2 * i + 1] = (float) (pixels[i] / size) / size;
        }
        return Nd4j.create(values, new long[] {pixels.length, 2}, 'c');
    }

    private BufferedImage every2nd(BufferedImage image, int offset, String method) {
        Objects.requireNonNull(image, "image");
        if (image.getWidth() != size || image.getHeight() != size) {
            throw new IllegalArgumentException(method + " takes an image of the grid's size, " + size + "x" + size + "; got "
                    + image.getWidth() + "x" + image.getHeight());
        }
        int side = (size - offset + 1) / 2;
        BufferedImage part = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                part.setRGB(column, row, image.getRGB(offset + 2 * column, offset + 2 * row));
            }
        }
        return part;
    }

    private int half() {
        return (size + 1) / 2;
    }
}
