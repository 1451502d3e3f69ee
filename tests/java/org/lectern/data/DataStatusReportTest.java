package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataStatusReportTest {
    private static final String FASHION_SHA = DataFile.FASHION_TEST_LABELS.sha256();
    private static final String MNIST_SHA = DataFile.MNIST_TEST_LABELS.sha256();

    private final DataLocation system = new DataLocation(
            Path.of("/usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz"), "system path");
    private final DataLocation user = new DataLocation(
            Path.of("/h/.local/share/lectern/data/mnist/t10k-labels-idx1-ubyte"), "user data dir");
    private final DataLocation override = new DataLocation(
            Path.of("/d/mnist/t10k-labels-idx1-ubyte"), "$LECTERN_DATA");

    private DataFileStatus verified() {
        return new DataFileStatus(DataFile.FASHION_TEST_LABELS, DataFileStatus.State.VERIFIED, Optional.of(system),
                Optional.of(FASHION_SHA), List.of(system));
    }

    @Test
    void listsEachFileWithStatePathAndDigests() {
        DataFileStatus missing = new DataFileStatus(DataFile.MNIST_TEST_LABELS, DataFileStatus.State.MISSING,
                Optional.empty(), Optional.empty(), List.of(override, user));
        DataFileStatus corrupt = new DataFileStatus(DataFile.MNIST_TEST_LABELS, DataFileStatus.State.CORRUPT,
                Optional.of(user), Optional.of("00ff"), List.of(user));
        DataStatusReport report = new DataStatusReport(List.of(verified(), missing, corrupt));

        assertFalse(report.allVerified());
        assertEquals(""
                + "VERIFIED  fashion-mnist/t10k-labels-idx1-ubyte.gz\n"
                + "          path      /usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz (system path)\n"
                + "          expected  " + FASHION_SHA + "\n"
                + "          actual    " + FASHION_SHA + "\n"
                + "MISSING   mnist/t10k-labels-idx1-ubyte\n"
                + "          looked in /d/mnist/t10k-labels-idx1-ubyte ($LECTERN_DATA)\n"
                + "                    /h/.local/share/lectern/data/mnist/t10k-labels-idx1-ubyte (user data dir)\n"
                + "          expected  " + MNIST_SHA + "\n"
                + "          actual    -\n"
                + "CORRUPT   mnist/t10k-labels-idx1-ubyte\n"
                + "          path      /h/.local/share/lectern/data/mnist/t10k-labels-idx1-ubyte (user data dir)\n"
                + "          expected  " + MNIST_SHA + "\n"
                + "          actual    00ff\n"
                + "2 of 3 data files are missing or corrupt. Fix: ./lectern setup\n", report.text());
    }

    @Test
    void saysSoWhenEverythingIsVerified() {
        DataStatusReport report = new DataStatusReport(List.of(verified()));
        assertTrue(report.allVerified());
        assertTrue(report.text().endsWith("\nAll 1 data files verified.\n"), report.text());
    }
}
