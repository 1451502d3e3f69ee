package org.lectern.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./lectern setup --gpu} builds with {@code -Pcuda}, {@code --cpu} without, a plain setup keeps the last
 * build's backend and suggests {@code --gpu} where {@code nvidia-smi} sees a GPU: the launcher runs from a copy
 * (its own empty target/) against a stub {@code mvn} that records its arguments and fails, which stops setup there.
 */
class SetupBackendSwitchTest {
    @TempDir
    Path root;

    private record Run(String output, String mavenArgs) {
    }

    private Run setup(String... options) throws IOException, InterruptedException {
        Files.copy(Path.of("lectern"), root.resolve("lectern"));
        Files.createDirectories(root.resolve("binder"));
        Files.copy(Path.of("binder/apt.txt"), root.resolve("binder/apt.txt"));
        Path stubs = Files.createDirectories(root.resolve("stubs"));
        Path mavenLog = root.resolve("mvn.log");
        stub(stubs.resolve("dpkg-query"), "echo 'install ok installed'");
        stub(stubs.resolve("nvidia-smi"), "echo 'NVIDIA H100 80GB HBM3'; echo 'NVIDIA H100 80GB HBM3'");
        stub(stubs.resolve("mvn"), "echo \"$*\" > '" + mavenLog + "'\nexit 4");
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/bash", root.resolve("lectern").toString(), "setup"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", stubs + ":/usr/bin:/bin");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "setup did not finish");
        assertEquals(1, process.exitValue(), "setup stops where the stub mvn fails: " + output);
        return new Run(output, Files.readString(mavenLog).strip());
    }

    private static void stub(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void gpuBuildsTheCudaProfile() throws Exception {
        Run run = setup("--gpu");
        assertEquals("-B -q -Dstyle.color=never -Pcuda package -DskipTests", run.mavenArgs());
        assertTrue(run.output().contains("building with Maven -Pcuda"), run.output());
    }

    @Test
    void aFreshSetupBuildsTheCpuBackendAndSuggestsTheGpuOneWhereNvidiaSmiSeesAGpu() throws Exception {
        Run run = setup();
        assertEquals("-B -q -Dstyle.color=never package -DskipTests", run.mavenArgs());
        assertTrue(run.output().contains("lectern: an NVIDIA GPU is here (NVIDIA H100 80GB HBM3): ./lectern setup --gpu "
                + "builds the CUDA kernel"), run.output());
    }

    @Test
    void cpuRebuildsACudaBuildWithoutTheProfile() throws Exception {
        Path lib = Files.createDirectories(root.resolve("target/lib"));
        Files.createFile(lib.resolve("nd4j-cuda-11.6-1.0.0-M2.1.jar"));
        Files.createFile(root.resolve("target/lectern.jar"));
        Run run = setup("--cpu");
        assertEquals("-B -q -Dstyle.color=never package -DskipTests", run.mavenArgs());
        assertTrue(!run.output().contains("NVIDIA GPU is here"), "a built checkout gets no suggestion: " + run.output());
    }
}
