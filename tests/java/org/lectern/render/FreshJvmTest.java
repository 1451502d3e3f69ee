package org.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.testing.BuildUnderTest;

/**
 * Starts a JVM like the kernel's (headless, no X display, the test class path) and runs
 * {@link PluginProbe} in it, logging every class it loads: registering the plugin, reading the
 * banner and rendering a chart must work headless and must not start ND4J's native code.
 */
class FreshJvmTest {
    private static Map<String, String> probe;
    private static List<String> loadedClasses;

    @BeforeAll
    static void runTheProbe(@TempDir Path dir) throws IOException, InterruptedException {
        Path classLog = dir.resolve("classes.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true",
                "-Xlog:class+load=info:file=" + classLog,
                "-cp", System.getProperty("java.class.path"), PluginProbe.class.getName())
                .redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe JVM did not finish");
        assertEquals(0, process.exitValue(), output);
        probe = output.lines().filter(line -> line.contains("="))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')),
                        line -> line.substring(line.indexOf('=') + 1), (a, b) -> b));
        loadedClasses = Files.readAllLines(classLog).stream()
                .map(line -> line.replaceFirst("^.*\\[class,load\\] ", "").split(" ")[0])
                .toList();
    }

    @Test
    void theKernelsServiceLoaderFindsThePlugin() {
        assertEquals("[" + LecternPlugin.class.getName() + "]", probe.get("plugins"));
    }

    @Test
    void chartsRenderHeadless() {
        assertEquals("true", probe.get("headless"));
        assertEquals("400x200", probe.get("png"));
        assertEquals("true", probe.get("svg"));
    }

    @Test
    void theBannerNamesTheBackendOfThisBuild() {
        String backend = BuildUnderTest.isCuda() ? "nd4j-cuda-11.6 (JCublasBackend)" : "nd4j-native (CpuBackend)";
        assertEquals("[ND4J backend: " + backend + BuildUnderTest.gpuBannerLine().map(line -> ", " + line).orElse("") + "]",
                probe.get("banner"));
    }

    @Test
    void noNd4jNativeCodeIsLoaded() {
        assertTrue(loadedClasses.contains("org.lectern.render.LecternPlugin"), "the class log is not read right");
        assertTrue(loadedClasses.contains("org.nd4j.linalg.api.ndarray.INDArray"), "the class log is not read right");
        List<String> nativeSide = loadedClasses.stream()
                .filter(name -> name.startsWith("org.bytedeco.") || name.startsWith("org.nd4j.nativeblas.")
                        || name.equals("org.nd4j.linalg.factory.Nd4j"))
                .toList();
        assertEquals(List.of(), nativeSide);
    }

    @Test
    void registeringAndTheBannerAreQuick() {
        long millis = Long.parseLong(probe.get("registerMillis")) + Long.parseLong(probe.get("bannerMillis"));
        assertTrue(millis < 2000, "plugin discovery, registration and banner took " + millis + " ms");
    }
}
