package org.lectern.data;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;

/**
 * The decoded content of an IDX image file (magic {@code 0x00000803}): {@code count} images of
 * {@code rows x columns} unsigned bytes, row-major. Read with {@link IdxReader#readImages}; the
 * bytes of an uncompressed file are memory-mapped, so every JVM reading it shares one copy in the
 * operating system's page cache. Pixels become floats only when asked for, a few images at a time.
 */
public final class IdxImages {
    private final String name;
    private final int count;
    private final int rows;
    private final int columns;
    /** Every byte value divided by 255, as {@link #scaledPixels} returns it. */
    private static final float[] SCALED = new float[256];

    static {
        for (int value = 0; value < SCALED.length; value++) {
            SCALED[value] = value / 255f;
        }
    }

    private final ByteBuffer data;
    private final int offset;

    IdxImages(String name, int count, int rows, int columns, ByteBuffer data, int offset) {
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
        return data.get(offset + (image * rows + row) * columns + column) & 0xff;
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
        int start = target.position();
        putScaledImages(0, images, target, start);
        target.position(start + images * pixelsPerImage());
    }

    /**
     * Writes images {@code first} to {@code first + images - 1}, scaled as {@link #scaledPixels(int)}
     * scales them, into {@code target} from index {@code at} on, without moving its position.
     */
    void putScaledImages(int first, int images, FloatBuffer target, int at) {
        if (first < 0 || images < 0 || first + images > count) {
            throw new IndexOutOfBoundsException("images " + first + " to " + (first + images - 1) + " requested but "
                    + name + " holds " + count);
        }
        Scaler scaler = new Scaler();
        for (int i = 0; i < images; i++) {
            scaler.put(first + i, target, at + i * pixelsPerImage());
        }
    }

    /** Writes the given images, in that order, one after another into {@code target} from index 0 on. */
    void putScaledImages(int[] images, FloatBuffer target) {
        Scaler scaler = new Scaler();
        for (int i = 0; i < images.length; i++) {
            if (images[i] < 0 || images[i] >= count) {
                throw new IndexOutOfBoundsException("image " + images[i] + " requested but " + name + " holds " + count);
            }
            scaler.put(images[i], target, i * pixelsPerImage());
        }
    }

    /**
     * Turns one image at a time into floats through two small arrays: bulk copies in and out of the
     * buffers and a plain array loop in between run about twice as fast as element-wise buffer access,
     * which a training step would feel.
     */
    private final class Scaler {
        private final byte[] bytes = new byte[pixelsPerImage()];
        private final float[] floats = new float[pixelsPerImage()];

        void put(int image, FloatBuffer target, int at) {
            data.get(offset + image * bytes.length, bytes);
            for (int i = 0; i < bytes.length; i++) {
                floats[i] = SCALED[bytes[i] & 0xff];
            }
            target.put(at, floats);
        }
    }
}
