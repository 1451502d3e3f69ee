package org.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles Lectern against ND4J's CUDA backend ({@code mvn -Pcuda compile}) in a copy of the sources, so
 * that code the CPU build compiles but the CUDA one cannot (an import only the CPU profile brings) fails
 * CI. Compiling needs only the Java jars (about 92 MB with Maven's plugins, on an empty repository); the
 * CUDA natives and runtime (2.4 GB) are runtime-scope and are not downloaded. Never touches target/.
 */
class CudaBuildIT {
    @Test
    void theCudaProfileCompiles(@TempDir Path copy) throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        Files.copy(root.resolve("pom.xml"), copy.resolve("pom.xml"));
        for (String dir : List.of("src", "kernel")) {
            copyTree(root.resolve(dir), copy.resolve(dir));
        }
        String repository = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        Process mvn = new ProcessBuilder("mvn", "-B", "-q", "-Dstyle.color=never", "-Dmaven.repo.local=" + repository,
                "-Pcuda", "compile").directory(copy.toFile()).redirectErrorStream(true).start();
        String output = new String(mvn.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(mvn.waitFor(15, TimeUnit.MINUTES), "mvn -Pcuda compile did not finish");
        assertEquals(0, mvn.exitValue(), "mvn -Pcuda compile failed:\n" + output);
        assertTrue(Files.exists(copy.resolve("target/classes/org/lectern/nn/lean/Gemm.class")), output);
        assertTrue(Files.exists(copy.resolve("target/classes/org/lectern/gpu/Nd4jGuard.class")), output);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
