package org.lectern.data;

import java.nio.FloatBuffer;

/**
 * The decoded content of an IDX image file (magic {@code 0x00000803}): {@code count} images of
 * {@code rows x columns} unsigned bytes, row-major. Read with {@link IdxReader#readImages}.
 */
public final class IdxImages {
    private final String name;
    private final int count;
    private final int rows;
    private final int columns;
    private final byte[] data;
    private final int offset;

    IdxImages(String name, int count, int rows, int columns, byte[] data, int offset) {
        this.name = name;
        this.count = count;
        this.rows = rows;
        this.columns = columns;
        this.data = data;
        this.offset = offset;
    }

    /** Returns the file name the images were read from, for messages. */
    public String name() {
        return name;
    }

    /** Returns the number of images. */
    public int count() {
        return count;
    }

    /** Returns the height of every image in pixels. */
    public int rows() {
        return rows;
    }

    /** Returns the width of every image in pixels. */
    public int columns() {
        return columns;
    }

    /** Returns {@code rows * columns}, the length of one flattened image. */
    public int pixelsPerImage() {
        return rows * columns;
    }

    /** Returns one pixel as stored, 0 to 255, of image {@code image} at row {@code row}, column {@code column}. */
    public int pixel(int image, int row, int column) {
        if (image < 0 || image >= count || row < 0 || row >= rows || column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("pixel (" + image + ", " + row + ", " + column + ") outside "
                    + count + " images of " + rows + "x" + columns);
        }
        return data[offset + (image * rows + row) * columns + column] & 0xff;
    }

    /**
     * Returns the first {@code images} images flattened row-major into one array, each pixel
     * divided by 255 so that values lie in [0, 1].
     */
    public float[] scaledPixels(int images) {
        FloatBuffer scaled = FloatBuffer.allocate(images * pixelsPerImage());
        putScaledPixels(scaled, images);
        return scaled.array();
    }

    /**
     * Writes the first {@code images} images into {@code target} from its position on, as
     * {@link #scaledPixels(int)} returns them; lets a caller fill off-heap memory without a heap copy.
     */
    public void putScaledPixels(FloatBuffer target, int images) {
        if (images < 0 || images > count) {
            throw new IndexOutOfBoundsException(images + " images requested but " + name + " holds " + count);
        }
        int length = images * pixelsPerImage();
        for (int i = 0; i < length; i++) {
            target.put((data[offset + i] & 0xff) / 255f);
        }
    }
}
