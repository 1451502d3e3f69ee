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
        assertEquals(7, text.lines().filter(l -> l.startsWith("MISSING   ")).count(), text);
        assertTrue(text.contains("VERIFIED  fashion-mnist/t10k-labels-idx1-ubyte.gz\n          path      " + labels), text);
        assertTrue(text.endsWith("7 of 8 data files are missing or corrupt. Fix: ./lectern setup\n"), text);
    }
}
