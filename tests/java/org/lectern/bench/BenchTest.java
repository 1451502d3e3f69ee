package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point's answers that need no measurement: usage, the list of names, a wrong directory, the native-build section. */
class BenchTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path repository, String... args) {
        return Bench.run(List.of(args), repository, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsTheUsage(@TempDir Path anywhere) {
        assertEquals(0, run(anywhere, "--help"));
        assertEquals(BenchOptions.USAGE + "\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void listNamesEveryMeasurement(@TempDir Path anywhere) {
        assertEquals(0, run(anywhere, "--list"));
        List<String> names = out.toString(StandardCharsets.UTF_8).lines().map(l -> l.split("\t")[0]).toList();
        assertEquals(BenchOptions.names(), names);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("ae-b1000\tautoencoder 784-400-784, batch 1000\n"));
    }

    @Test
    void aBadArgumentPrintsTheProblemAndTheUsage(@TempDir Path anywhere) {
        assertEquals(2, run(anywhere, "--reps", "0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("lectern bench: --reps must be at least 1; got 0\nusage:"));
    }

    @Test
    void outsideTheRepositoryItSaysWhereToRunIt(@TempDir Path anywhere) {
        assertEquals(2, run(anywhere, "--quick"));
        assertEquals("lectern bench: " + anywhere + " is not the Lectern repository (no lectern launcher or bench/peer.py); "
                + "run ./lectern bench from the repository\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theNativeBuildComparisonIsCarriedIntoTheReportWhenItExists(@TempDir Path repository) throws Exception {
        assertEquals("", Bench.nativeBuildSection(repository));
        Files.createDirectories(repository.resolve("bench"));
        Files.writeString(repository.resolve(Bench.NATIVE_BUILDS_REPORT), "## ND4J native build\n\n| ae-b1000 | 1.02 |\n");
        assertEquals("\n## ND4J native build\n\n| ae-b1000 | 1.02 |\n", Bench.nativeBuildSection(repository));
    }
}
