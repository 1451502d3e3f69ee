package org.lectern.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.data.DataEnvironment;
import org.lectern.data.DataFiles;
import org.nd4j.linalg.factory.Nd4j;

class LectureTest {
    @TempDir
    Path home;

    @Test
    void missingDataIsReportedPerDatasetWithTheFix() {
        Map<String, String> where = Lecture.dataLocations(
                new DataFiles(DataEnvironment.of(Map.of(), home, home.resolve("root"))).statusOfAll());
        assertEquals(Map.of("mnist", "4 of 4 files missing or corrupt: run ./lectern setup",
                "fashion-mnist", "4 of 4 files missing or corrupt: run ./lectern setup",
                "skimage", "1 of 1 files missing or corrupt: run ./lectern setup"), where);
    }

    @Test
    void aCorruptFileCountsWithTheMissingOnes() throws Exception {
        Path mnist = home.resolve("data/mnist");
        Files.createDirectories(mnist);
        Files.write(mnist.resolve("t10k-labels-idx1-ubyte"), new byte[0]);
        Map<String, String> where = Lecture.dataLocations(new DataFiles(
                DataEnvironment.of(Map.of("LECTERN_DATA", home.resolve("data").toString()), home, home.resolve("root"))).statusOfAll());
        assertEquals("4 of 4 files missing or corrupt: run ./lectern setup", where.get("mnist"));
    }

    @Test
    void installedDataIsReportedByItsDirectory() {
        var statuses = DataFiles.standard().statusOfAll();
        Assumptions.assumeTrue(statuses.stream().allMatch(s -> s.verified()), "the datasets are not installed: run ./lectern setup");
        Map<String, String> where = Lecture.dataLocations(statuses);
        assertEquals(statuses.get(0).path().orElseThrow().getParent() + " (SHA-256 verified)", where.get("mnist"));
        assertTrue(where.get("fashion-mnist").endsWith(" (SHA-256 verified)"), where.toString());
    }

    @Test
    void theSettingsBlockNamesBackendDataSeedAndMode() {
        Lecture lecture = Lecture.start("Lecture 0: test", 7);
        Map<String, String> data = new LinkedHashMap<>();
        data.put("mnist", "/data/mnist (SHA-256 verified)");
        String text = lecture.describe("ND4J TestBackend", "test engine", data);
        assertTrue(text.startsWith("Lecture 0: test\n  backend  ND4J TestBackend\n  engine   test engine\n  data     mnist: /data/mnist (SHA-256 verified)\n  seed     7\n  mode     "), text);
        assertEquals(7, lecture.seed());
    }

    @Test
    void startSeedsNd4jSoRandomNumbersRepeat() {
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream()));
            Lecture.start("first", 11);
            double first = Nd4j.rand(1, 5).sumNumber().doubleValue();
            Lecture.start("second", 11);
            assertEquals(first, Nd4j.rand(1, 5).sumNumber().doubleValue());
        } finally {
            System.setOut(out);
        }
    }

    @Test
    void onlyTheCudaBackendCountsAsAGpu() {
        assertTrue(Lecture.isGpuBackend("CUDA"));
        assertFalse(Lecture.isGpuBackend("CPU"));
        assertFalse(Lecture.isGpuBackend(null));
    }

    @Test
    void theCpuBackendOfTheBuildIsNotAGpu() {
        PrintStream out = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream()));
            Lecture lecture = Lecture.start("cpu check", 1);
            String backend = Nd4j.getExecutioner().getEnvironmentInformation().getProperty("backend");
            Assumptions.assumeTrue("CPU".equals(backend), "this test runs on the default nd4j-native build; backend is " + backend);
            assertFalse(lecture.onGpu());
        } finally {
            System.setOut(out);
        }
    }
}
