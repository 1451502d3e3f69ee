package org.lectern.coordinates;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One image as a regression task, the paper's 2-D experiment: learn the colour of a pixel from its
 * position. Training uses the pixels with an even row and an even column (a quarter of them); the
 * test set is every pixel, so a test PSNR far below the training PSNR means the network did not
 * fill in the held-out pixels between the ones it saw. Positions and colours are FLOAT arrays
 * made once.
 *
 * <pre>{@code
 * ImageTask task = ImageTask.of(picture);          // a square image, e.g. 256x256
 * task.trainCoordinates();                         // [16384, 2]   task.trainTargets();  [16384, 3]
 * task.testCoordinates();                          // [65536, 2]   task.testTargets();   [65536, 3]
 * }</pre>
 */
public final class ImageTask {
    private final BufferedImage image;
    private final PixelGrid grid;
    private final int[] trainIndices;
    private final INDArray testCoordinates;
    private final INDArray testTargets;
    private final INDArray trainCoordinates;
    private final INDArray trainTargets;

    private ImageTask(BufferedImage image, PixelGrid grid) {
        this.image = image;
        this.grid = grid;
        this.trainIndices = grid.trainIndices();
        this.testCoordinates = grid.coordinates();
        this.testTargets = RgbPixels.of(image);
        this.trainCoordinates = grid.trainCoordinates();
        this.trainTargets = testTargets.getRows(trainIndices);
    }

    /** Returns the task for a square image (at least 2x2); its colours are its 8-bit RGB values / 255. */
    public static ImageTask of(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        if (image.getWidth() != image.getHeight()) {
            throw new IllegalArgumentException("the coordinate network learns square images, as in the paper; this one is "
                    + image.getWidth() + "x" + image.getHeight() + ": crop or resize it to a square first");
        }
        return new ImageTask(image, PixelGrid.of(image.getWidth()));
    }

    /** Returns the image. */
    public BufferedImage image() {
        return image;
    }

    /** Returns the side length in pixels. */
    public int size() {
        return grid.size();
    }

    /** Returns the pixel grid: positions and which pixels train. */
    public PixelGrid grid() {
        return grid;
    }

    /** Returns a copy of the training pixels' positions, FLOAT {@code [trainPixels, 2]}. */
    public INDArray trainCoordinates() {
        return trainCoordinates.dup();
    }

    /** Returns a copy of the training pixels' colours, FLOAT {@code [trainPixels, 3]} in {@code [0, 1]}. */
    public INDArray trainTargets() {
        return trainTargets.dup();
    }

    /** Returns a copy of every pixel's position, FLOAT {@code [size * size, 2]}. */
    public INDArray testCoordinates() {
        return testCoordinates.dup();
    }

    /** Returns a copy of every pixel's colour, FLOAT {@code [size * size, 3]} in {@code [0, 1]}. */
    public INDArray testTargets() {
        return testTargets.dup();
    }

    /** Returns what the network sees of the image: its training pixels as an image of half the size. */
    public BufferedImage trainImage() {
        int side = (grid.size() + 1) / 2;
        return RgbPixels.toImage(trainTargets, side, side);
    }

    /**
     * Returns the PSNR of the model's colours on the pixels with an odd row and an odd column
     * ({@link PixelGrid#heldOutIndices()}), none of which it trained on: the test PSNR of the
     * paper's Table 1, whose code scores {@code x_test[1::2, 1::2]}.
     */
    public double heldOutPsnr(ImageMlp model) {
        Objects.requireNonNull(model, "model");
        int[] heldOut = grid.heldOutIndices();
        return Psnr.of(model.predict(testCoordinates.getRows(heldOut)), testTargets.getRows(heldOut));
    }

    /** Returns e.g. {@code 256x256 image: 16384 training pixels (even rows and columns), 65536 test pixels}. */
    @Override
    public String toString() {
        return size() + "x" + size() + " image: " + grid.trainPixels() + " training pixels (even rows and columns), "
                + grid.pixels() + " test pixels";
    }

    int[] trainIndices() {
        return trainIndices;
    }

    INDArray sharedTestCoordinates() {
        return testCoordinates;
    }

    INDArray sharedTrainCoordinates() {
        return trainCoordinates;
    }

    INDArray sharedTrainTargets() {
        return trainTargets;
    }

    INDArray sharedTestTargets() {
        return testTargets;
    }
}
