package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private String imageError(String name, byte[] content) throws IOException {
        Path file = write(name, content);
        return assertThrows(IdxFormatException.class, () -> IdxReader.readImages(file)).getMessage();
    }

    private String labelError(String name, byte[] content) throws IOException {
        Path file = write(name, content);
        return assertThrows(IdxFormatException.class, () -> IdxReader.readLabels(file)).getMessage();
    }

    @Test
    void readsEveryPixelOfAPlainImageFile() throws IOException {
        byte[] pixels = IdxBytes.patternPixels(3, 2, 4);
        IdxImages images = IdxReader.readImages(write("images", IdxBytes.images(3, 2, 4, pixels)));

        assertEquals("images", images.name());
        assertEquals(3, images.count());
        assertEquals(2, images.rows());
        assertEquals(4, images.columns());
        assertEquals(8, images.pixelsPerImage());
        for (int i = 0; i < 3; i++) {
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 4; c++) {
                    assertEquals((i * 31 + (r * 4 + c) * 7) % 256, images.pixel(i, r, c), "pixel " + i + "," + r + "," + c);
                }
            }
        }
    }

    @Test
    void pixelsAreUnsignedAndScaledBy255() throws IOException {
        byte[] pixels = {0, (byte) 255, (byte) 128, 1};
        IdxImages images = IdxReader.readImages(write("images", IdxBytes.images(2, 1, 2, pixels)));

        assertEquals(255, images.pixel(0, 0, 1));
        assertEquals(128, images.pixel(1, 0, 0));
        assertArrayEquals(new float[] {0f, 1f, 128 / 255f, 1 / 255f}, images.scaledPixels(2));
        assertArrayEquals(new float[] {0f, 1f}, images.scaledPixels(1));
    }

    @Test
    void readsGzipByItsMagicBytesWhateverTheName() throws IOException {
        byte[] pixels = IdxBytes.patternPixels(5, 3, 3);
        byte[] plain = IdxBytes.images(5, 3, 3, pixels);
        IdxImages fromGzip = IdxReader.readImages(write("no-extension", IdxBytes.gzip(plain)));
        IdxImages fromPlainNamedGz = IdxReader.readImages(write("misnamed.gz", plain));

        for (IdxImages images : new IdxImages[] {fromGzip, fromPlainNamedGz}) {
            assertEquals(5, images.count());
            float[] expected = new float[pixels.length];
            for (int i = 0; i < pixels.length; i++) {
                expected[i] = (pixels[i] & 0xff) / 255f;
            }
            assertArrayEquals(expected, images.scaledPixels(5));
        }
    }

    @Test
    void readsLabelsPlainAndGzip() throws IOException {
        byte[] file = IdxBytes.labels(5, 0, 4, 1, 9, 255);
        IdxLabels plain = IdxReader.readLabels(write("labels", file));
        IdxLabels gzip = IdxReader.readLabels(write("labels.gz", IdxBytes.gzip(file)));

        assertArrayEquals(new int[] {5, 0, 4, 1, 9, 255}, plain.toArray());
        assertArrayEquals(new int[] {5, 0, 4, 1, 9, 255}, gzip.toArray());
        assertEquals(6, gzip.count());
        assertEquals(9, gzip.label(4));
        assertEquals("labels.gz", gzip.name());
    }

    @Test
    void readsAnEmptyButWellFormedFile() throws IOException {
        assertEquals(0, IdxReader.readImages(write("none", IdxBytes.images(0, 28, 28, new byte[0]))).count());
        assertEquals(0, IdxReader.readLabels(write("none-labels", IdxBytes.labels())).count());
    }

    @Test
    void rejectsALabelFileReadAsImages() throws IOException {
        assertEquals("train-images-idx3-ubyte: bad magic number 0x00000801, expected 0x00000803 (an IDX image file)",
                imageError("train-images-idx3-ubyte", IdxBytes.labels(1, 2, 3, 4, 5, 6, 7, 8, 9)));
    }

    @Test
    void rejectsOtherDimensionCountsAndTypeCodes() throws IOException {
        byte[] pixels = new byte[4];
        assertEquals("a: bad magic number 0x00000802, expected 0x00000803 (an IDX image file)",
                imageError("a", IdxBytes.images(0x00000802, 1, 2, 2, pixels)));
        assertEquals("b: bad magic number 0x00000903, expected 0x00000803 (an IDX image file)",
                imageError("b", IdxBytes.images(0x00000903, 1, 2, 2, pixels)));
        assertEquals("c: bad magic number 0x00000803, expected 0x00000801 (an IDX label file)",
                labelError("c", IdxBytes.images(1, 2, 2, pixels)));
        assertEquals("d: bad magic number 0x89504e47, expected 0x00000801 (an IDX label file)",
                labelError("d", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}));
    }

    @Test
    void rejectsTruncatedImages() throws IOException {
        byte[] full = IdxBytes.images(3, 2, 4, IdxBytes.patternPixels(3, 2, 4));
        byte[] cut = Arrays.copyOf(full, full.length - 1);
        assertEquals("train-images-idx3-ubyte: truncated: header says 3 images of 2x4 (40 bytes) but the file has 39 bytes",
                imageError("train-images-idx3-ubyte", cut));
        assertEquals("x.gz: truncated: header says 3 images of 2x4 (40 bytes) but the file has 39 bytes after decompression",
                imageError("x.gz", IdxBytes.gzip(cut)));
    }

    @Test
    void rejectsAFileShorterThanItsHeader() throws IOException {
        assertEquals("empty: truncated: the file has 0 bytes, too short for the 16-byte header of an IDX image file",
                imageError("empty", new byte[0]));
        byte[] headerOnlyInPart = Arrays.copyOf(IdxBytes.images(1, 1, 1, new byte[1]), 10);
        assertEquals("short: truncated: the file has 10 bytes, too short for the 16-byte header of an IDX image file",
                imageError("short", headerOnlyInPart));
        assertEquals("l: truncated: the file has 6 bytes, too short for the 8-byte header of an IDX label file",
                labelError("l", Arrays.copyOf(IdxBytes.labels(1), 6)));
    }

    @Test
    void rejectsTrailingBytes() throws IOException {
        byte[] full = IdxBytes.images(3, 2, 4, IdxBytes.patternPixels(3, 2, 4));
        assertEquals("i: 1 trailing byte: header says 3 images of 2x4 (40 bytes) but the file has 41 bytes",
                imageError("i", Arrays.copyOf(full, 41)));
        byte[] labels = IdxBytes.labels(1, 2, 3);
        assertEquals("t10k-labels-idx1-ubyte: 16 trailing bytes: header says 3 labels (11 bytes) but the file has 27 bytes",
                labelError("t10k-labels-idx1-ubyte", Arrays.copyOf(labels, 27)));
    }

    @Test
    void rejectsTruncatedLabels() throws IOException {
        assertEquals("train-labels-idx1-ubyte: truncated: header says 60000 labels (60008 bytes) but the file has 1008 bytes",
                labelError("train-labels-idx1-ubyte", IdxBytes.labels(IdxReader.LABELS_MAGIC, 60000, new byte[1000])));
    }

    @Test
    void rejectsNegativeSizes() throws IOException {
        assertEquals("n: bad header: 1 images of -28x28; sizes must not be negative",
                imageError("n", IdxBytes.images(1, -28, 28, new byte[0])));
        assertEquals("m: bad header: -1 labels; sizes must not be negative",
                labelError("m", IdxBytes.labels(IdxReader.LABELS_MAGIC, -1, new byte[0])));
    }

    @Test
    void sizesWhoseProductOverflowsAnIntAreTruncationNotACrash() throws IOException {
        assertEquals("big: truncated: header says 65536 images of 65536x65536 (281474976710672 bytes) but the file has 16 bytes",
                imageError("big", IdxBytes.images(65536, 65536, 65536, new byte[0])));
    }

    @Test
    void rejectsBrokenGzipData() throws IOException {
        byte[] gzip = IdxBytes.gzip(IdxBytes.labels(1, 2, 3));
        String message = labelError("broken.gz", Arrays.copyOf(gzip, gzip.length - 12));
        assertTrue(message.startsWith("broken.gz: corrupt gzip data: "), message);
    }

    @Test
    void aMissingFileIsAnIoErrorNamingIt() {
        Path missing = dir.resolve("absent");
        String message = assertThrows(java.io.UncheckedIOException.class, () -> IdxReader.readImages(missing)).getMessage();
        assertTrue(message.startsWith(missing + ": cannot read: "), message);
    }
}
