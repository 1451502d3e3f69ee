package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {
    private static final Path ROOT = Path.of("/repo");

    @Test
    void noArgumentsMeansEverythingAtFullSizeWrittenIntoTheRepository() {
        BenchOptions options = BenchOptions.parse(List.of());
        assertEquals(5, options.reps());
        assertFalse(options.quick());
        assertTrue(options.complete());
        assertEquals(60000, options.images());
        assertEquals(List.of(Workload.values()), options.workloads());
        assertTrue(options.selected("memory") && options.selected("lecture17"));
        assertEquals(ROOT.resolve("BENCHMARKS.md"), options.reportFile(ROOT));
        assertEquals(ROOT.resolve("bench/results.csv"), options.csvFile(ROOT));
        assertEquals("./lectern bench", options.commandLine());
    }

    @Test
    void quickRunsOneRepetitionOnTheQuickSubsetAndWritesUnderBuild() {
        BenchOptions options = BenchOptions.parse(List.of("--quick"));
        assertEquals(1, options.reps());
        assertEquals(5000, options.images());
        assertFalse(options.complete());
        assertEquals(ROOT.resolve("build/bench/BENCHMARKS.md"), options.reportFile(ROOT));
        assertEquals(ROOT.resolve("build/bench/results.csv"), options.csvFile(ROOT));
    }

    @Test
    void onlySelectsMeasurementsAndIsRepeatable() {
        BenchOptions options = BenchOptions.parse(List.of("--only", "clf-b100,memory", "--only", "ae-b1000", "--reps", "7"));
        assertEquals(List.of(Workload.AUTOENCODER_1000, Workload.CLASSIFIER_100), options.workloads());
        assertTrue(options.selected("memory"));
        assertFalse(options.selected("lecture17"));
        assertFalse(options.complete());
        assertEquals("./lectern bench --reps 7 --only ae-b1000,clf-b100,memory", options.commandLine());
    }

    @Test
    void theCommandLineInTheReportRepeatsTheRun() {
        List<String> args = List.of("--quick", "--reps", "2", "--only", "lecture17");
        BenchOptions options = BenchOptions.parse(args);
        List<String> repeated = Arrays.asList(options.commandLine().replace("./lectern bench ", "").split(" "));
        assertEquals(options, BenchOptions.parse(repeated));
    }

    @Test
    void outPutsBothFilesInOneDirectory() {
        BenchOptions options = BenchOptions.parse(List.of("--out", "/tmp/b"));
        assertEquals(Path.of("/tmp/b/BENCHMARKS.md"), options.reportFile(ROOT));
        assertEquals(Path.of("/tmp/b/results.csv"), options.csvFile(ROOT));
    }

    @Test
    void helpAndListAreRecognised() {
        assertTrue(BenchOptions.parse(List.of("--help")).help());
        assertTrue(BenchOptions.parse(List.of("-h")).help());
        assertTrue(BenchOptions.parse(List.of("--list")).list());
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertEquals("--reps must be at least 1; got 0", message("--reps", "0"));
        assertEquals("--reps needs a whole number; got 'three'", message("--reps", "three"));
        assertEquals("--reps needs a value", message("--reps"));
        assertEquals("--only needs a value", message("--only", "--quick"));
        assertEquals("unknown argument '--fast'", message("--fast"));
        assertEquals("unknown measurement 'ae' for --only; the names are ae-b1000, ae-b100, dae-l1-b1000, clf-b100, "
                + "clf-b1000, pe-mlp, memory, lecture17", message("--only", "ae"));
    }

    private static String message(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of(args))).getMessage();
    }
}
