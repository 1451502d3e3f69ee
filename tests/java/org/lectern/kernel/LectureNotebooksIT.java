package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executes every notebook in notebooks/ top to bottom in a fresh Lectern kernel, in quick mode
 * ({@code LECTERN_QUICK=1}), into a temporary directory: the committed notebooks and their outputs
 * are never touched. A notebook fails if any cell raises (cells tagged {@code raises-exception}
 * are meant to).
 */
class LectureNotebooksIT {
    private static final Path NOTEBOOKS = Path.of("notebooks");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsTopToBottomInQuickMode() throws IOException {
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertFalse(notebooks.isEmpty(), "no notebooks in " + NOTEBOOKS.toAbsolutePath());
        return notebooks.stream().map(notebook -> DynamicTest.dynamicTest(notebook.getFileName().toString(), () -> {
            byte[] committed = Files.readAllBytes(notebook);
            InstalledKernel kernel = InstalledKernel.install(Files.createTempDirectory(temp, "jupyter"));
            Path out = Files.createTempDirectory(temp, "out");
            InstalledKernel.Output run = kernel.run(List.of(InstalledKernel.PYTHON, InstalledKernel.RUNNER,
                    "--out", out.toString(), "--timeout", "600", notebook.toString()), Duration.ofMinutes(20));
            assertEquals(0, run.exit(), notebook + " failed in quick mode:\n" + run.text());
            String name = notebook.getFileName().toString();
            assertTrue(Files.size(out.resolve(name)) > 0, "no executed copy of " + notebook);
            assertTrue(Files.readString(out.resolve(name.replace(".ipynb", ".html"))).contains("<html"), "no HTML copy of " + notebook);
            assertTrue(java.util.Arrays.equals(committed, Files.readAllBytes(notebook)), notebook + " was modified by its test run");
        }));
    }
}
