package org.lectern.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * In a fresh JVM (ND4J starts once per JVM), the guard makes the first use of ND4J fail with its
 * message alone: no stack trace, no cause, nothing else printed. The backend hidden here is the CPU
 * one, the only one on the test class path; on a CUDA build it is the CUDA one, the same way.
 */
class Nd4jGuardTest {
    @Test
    void theFirstUseOfNd4jThrowsTheMessageAndNothingElse() throws Exception {
        String message = "no GPU in this test: ./lectern setup --cpu";
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                GuardProbe.class.getName(), message).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe JVM did not finish");
        assertEquals(List.of("thrown=" + GpuUnavailableError.class.getName(), "message=" + message, "frames=0", "cause=null"),
                output.lines().toList(), output);
    }
}
