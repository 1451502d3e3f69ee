package org.lectern.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.GZIPOutputStream;

/** Builds IDX file contents for tests, including deliberately broken ones. */
final class IdxBytes {
    private IdxBytes() {
    }

    /** Returns an image file: the given magic, header sizes and raw pixel bytes. */
    static byte[] images(int magic, int count, int rows, int columns, byte[] pixels) {
        return ByteBuffer.allocate(16 + pixels.length)
                .putInt(magic).putInt(count).putInt(rows).putInt(columns).put(pixels).array();
    }

    /** Returns a well-formed image file whose pixel bytes are given. */
    static byte[] images(int count, int rows, int columns, byte[] pixels) {
        return images(IdxReader.IMAGES_MAGIC, count, rows, columns, pixels);
    }

    /** Returns a label file: the given magic, header count and raw label bytes. */
    static byte[] labels(int magic, int count, byte[] labels) {
        return ByteBuffer.allocate(8 + labels.length).putInt(magic).putInt(count).put(labels).array();
    }

    /** Returns a well-formed label file holding the given labels. */
    static byte[] labels(int... labels) {
        byte[] bytes = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            bytes[i] = (byte) labels[i];
        }
        return labels(IdxReader.LABELS_MAGIC, labels.length, bytes);
    }

    /** Returns {@code count} images of {@code rows x columns} whose pixel j of image i is {@code (i * 31 + j * 7) % 256}. */
    static byte[] patternPixels(int count, int rows, int columns) {
        byte[] pixels = new byte[count * rows * columns];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < rows * columns; j++) {
                pixels[i * rows * columns + j] = (byte) ((i * 31 + j * 7) % 256);
            }
        }
        return pixels;
    }

    /** Returns the bytes gzip-compressed. */
    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
