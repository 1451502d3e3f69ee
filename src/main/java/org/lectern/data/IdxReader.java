package org.lectern.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;

/**
 * Reads MNIST-style IDX files of unsigned bytes, plain or gzip-compressed (recognised by the gzip
 * magic bytes {@code 1f 8b}, whatever the file is called), and checks them strictly: the magic
 * number, the header's sizes, and that the data is exactly as long as the header says.
 *
 * <p>Written here rather than taken from DL4J because DL4J's {@code MnistImageFile} reads byte by
 * byte through a {@code RandomAccessFile}, knows no gzip and does not check the length. A plain
 * file is memory-mapped (read-only), so the 47 MB MNIST training images cost a kernel nothing until
 * used and are shared through the page cache by every kernel on the machine; a gzip file is
 * decompressed into the heap.
 */
public final class IdxReader {
    /** Magic number of an IDX file of unsigned bytes with one dimension: labels. */
    public static final int LABELS_MAGIC = 0x00000801;
    /** Magic number of an IDX file of unsigned bytes with three dimensions: images. */
    public static final int IMAGES_MAGIC = 0x00000803;

    private static final int LABELS_HEADER = 8;
    private static final int IMAGES_HEADER = 16;

    private IdxReader() {
    }

    /**
     * Reads an IDX image file.
     *
     * @throws IdxFormatException if the file is not a complete, well-formed IDX image file
     * @throws UncheckedIOException if the file cannot be read
     */
    public static IdxImages readImages(Path file) {
        Content content = read(file);
        content.checkMagic(IMAGES_MAGIC, "an IDX image file", IMAGES_HEADER);
        int count = content.intAt(4);
        int rows = content.intAt(8);
        int columns = content.intAt(12);
        String header = count + " images of " + rows + "x" + columns;
        if (count < 0 || rows < 0 || columns < 0) {
            throw new IdxFormatException(content.name + ": bad header: " + header + "; sizes must not be negative");
        }
        content.checkLength(header, IMAGES_HEADER + (long) count * rows * columns);
        return new IdxImages(content.name, count, rows, columns, content.bytes, IMAGES_HEADER);
    }

    /**
     * Reads an IDX label file.
     *
     * @throws IdxFormatException if the file is not a complete, well-formed IDX label file
     * @throws UncheckedIOException if the file cannot be read
     */
    public static IdxLabels readLabels(Path file) {
        Content content = read(file);
        content.checkMagic(LABELS_MAGIC, "an IDX label file", LABELS_HEADER);
        int count = content.intAt(4);
        if (count < 0) {
            throw new IdxFormatException(content.name + ": bad header: " + count + " labels; sizes must not be negative");
        }
        content.checkLength(count + " labels", LABELS_HEADER + (long) count);
        return new IdxLabels(content.name, count, content.bytes, LABELS_HEADER);
    }

    private static Content read(Path file) {
        String name = String.valueOf(file.getFileName());
        ByteBuffer raw;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new IdxFormatException(name + ": " + size + " bytes, more than an IDX file of bytes here may hold (2 GiB)");
            }
            raw = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e, e);
        }
        if (raw.limit() < 2 || (raw.get(0) & 0xff) != 0x1f || (raw.get(1) & 0xff) != 0x8b) {
            return new Content(name, raw, false);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            return new Content(name, ByteBuffer.wrap(in.readAllBytes()), true);
        } catch (IOException e) {
            throw new IdxFormatException(name + ": corrupt gzip data: " + e.getMessage(), e);
        }
    }

    /** The file's bytes (decompressed if it was gzip) and the checks every IDX file gets. */
    private record Content(String name, ByteBuffer bytes, boolean gzip) {

        int intAt(int position) {
            return bytes.getInt(position); // IDX is big-endian, a ByteBuffer's default order
        }

        void checkMagic(int expected, String kind, int headerLength) {
            if (bytes.limit() < 4) {
                throw new IdxFormatException(name + ": truncated: " + sizeText()
                        + ", too short for the " + headerLength + "-byte header of " + kind);
            }
            int magic = intAt(0);
            if (magic != expected) {
                throw new IdxFormatException(String.format("%s: bad magic number 0x%08x, expected 0x%08x (%s)",
                        name, magic, expected, kind));
            }
            if (bytes.limit() < headerLength) {
                throw new IdxFormatException(name + ": truncated: " + sizeText()
                        + ", too short for the " + headerLength + "-byte header of " + kind);
            }
        }

        void checkLength(String header, long expected) {
            if (bytes.limit() == expected) {
                return;
            }
            long extra = bytes.limit() - expected;
            String problem = extra < 0 ? "truncated" : extra + (extra == 1 ? " trailing byte" : " trailing bytes");
            throw new IdxFormatException(name + ": " + problem + ": header says " + header + " (" + expected
                    + " bytes) but the file has " + bytes.limit() + " bytes" + (gzip ? " after decompression" : ""));
        }

        private String sizeText() {
            return "the file has " + bytes.limit() + " bytes" + (gzip ? " after decompression" : "");
        }
    }
}
