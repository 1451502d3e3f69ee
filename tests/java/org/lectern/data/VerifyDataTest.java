package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyDataTest {
    @TempDir
    Path root;

    @Test
    void printsEveryFileAndFailsWhileAnyIsMissing() throws IOException {
        Path labels = root.resolve("data/fashion-mnist/t10k-labels-idx1-ubyte.gz");
        Files.createDirectories(labels.getParent());
        try (InputStream in = getClass().getResourceAsStream("/data/fashion-mnist/t10k-labels-idx1-ubyte.gz")) {
            Files.copy(in, labels);
        }
        DataFiles files = new DataFiles(DataEnvironment.of(
                Map.of("LECTERN_DATA", root.resolve("data").toString()), root.resolve("home"), root.resolve("sys")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int status = VerifyData.run(files, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(1, status);
        assertEquals(8, text.lines().filter(l -> l.startsWith("MISSING   ")).count(), text);
        assertTrue(text.contains("VERIFIED  fashion-mnist/t10k-labels-idx1-ubyte.gz\n          path      " + labels), text);
        assertTrue(text.endsWith("8 of 9 data files are missing or corrupt. Fix: ./lectern setup\n"), text);
    }

    private DataFiles filesWithFashionTestLabels() throws IOException {
        Path labels = root.resolve("data/fashion-mnist/t10k-labels-idx1-ubyte.gz");
        Files.createDirectories(labels.getParent());
        try (InputStream in = getClass().getResourceAsStream("/data/fashion-mnist/t10k-labels-idx1-ubyte.gz")) {
            Files.copy(in, labels);
        }
        return new DataFiles(DataEnvironment.of(
                Map.of("LECTERN_DATA", root.resolve("data").toString()), root.resolve("home"), root.resolve("sys")));
    }

    private static PrintStream printTo(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Test
    void namedDirectoriesLimitTheCheckToTheirFiles() throws IOException {
        DataFiles files = filesWithFashionTestLabels();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = VerifyData.run(files, List.of("fashion-mnist", "skimage"), printTo(out), printTo(err));

        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, status);
        assertEquals(List.of("MISSING   fashion-mnist/train-images-idx3-ubyte.gz", "MISSING   fashion-mnist/train-labels-idx1-ubyte.gz",
                "MISSING   fashion-mnist/t10k-images-idx3-ubyte.gz", "VERIFIED  fashion-mnist/t10k-labels-idx1-ubyte.gz",
                "MISSING   skimage/astronaut.png"), text.lines().filter(l -> !l.startsWith(" ")).limit(5).toList(), text);
        assertTrue(text.endsWith("4 of 5 data files are missing or corrupt. Fix: ./lectern setup\n"), text);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aDirectoryWhoseFilesAreAllVerifiedPassesWhileOthersAreMissing() throws IOException {
        InstalledData.assumeInstalled(DataFile.ASTRONAUT);
        DataFiles files = filesWithFashionTestLabels();
        Path astronaut = root.resolve("data").resolve(DataFile.ASTRONAUT.relativePath());
        Files.createDirectories(astronaut.getParent());
        Files.copy(DataFiles.standard().resolve(DataFile.ASTRONAUT), astronaut);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertEquals(0, VerifyData.run(files, List.of("skimage"), printTo(out), printTo(new ByteArrayOutputStream())));
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("All 1 data files verified.\n"), out.toString(StandardCharsets.UTF_8));
        assertEquals(1, VerifyData.run(files, List.of(), printTo(new ByteArrayOutputStream()), printTo(new ByteArrayOutputStream())));
    }

    @Test
    void anUnknownDirectoryIsAUsageErrorNamingTheKnownOnes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = VerifyData.run(filesWithFashionTestLabels(), List.of("mnist", "mnsit"), printTo(out), printTo(err));

        assertEquals(VerifyData.USAGE_ERROR, status);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("VerifyData: no data directory named mnsit; known: fashion-mnist, mnist, skimage (or no argument for all)\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
