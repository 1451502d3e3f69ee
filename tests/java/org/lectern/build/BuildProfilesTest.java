package org.lectern.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that each ND4J backend choice in pom.xml resolves to exactly one backend with the native
 * classifiers it needs (the CPU build ships its three native builds, the CUDA build one), by asking Maven
 * for the dependency graph (POMs only: no 2 GB of CUDA jars).
 */
class BuildProfilesTest {
    private static final Pattern ND4J_BACKEND = Pattern.compile("org\\.nd4j:(nd4j-native|nd4j-cuda-[0-9.]+):jar(?::([a-z0-9_-]+))?:1\\.0\\.0-M2\\.1");

    @TempDir
    Path temp;
    private String tree;

    private List<String> backendArtifacts(String... mavenArgs) throws IOException, InterruptedException {
        Path tree = temp.resolve("tree.txt");
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "dependency:tree", "-DoutputFile=" + tree));
        command.addAll(List.of(mavenArgs));
        Process mvn = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).start();
        String output = new String(mvn.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(mvn.waitFor(5, TimeUnit.MINUTES), "mvn dependency:tree did not finish");
        assertEquals(0, mvn.exitValue(), "mvn " + String.join(" ", mavenArgs) + " dependency:tree failed:\n" + output);
        this.tree = Files.readString(tree);
        List<String> found = new ArrayList<>();
        Matcher m = ND4J_BACKEND.matcher(this.tree);
        while (m.find()) {
            found.add(m.group(1) + (m.group(2) == null ? "" : ":" + m.group(2)));
        }
        return found;
    }

    @Test
    void defaultBuildShipsTheCpuBackendWithItsThreeNativeBuilds() throws Exception {
        // One of them is loaded at run time (org.lectern.nativebuild; LoadedNativeBuildTest proves it).
        assertEquals(List.of("nd4j-native", "nd4j-native:linux-x86_64", "nd4j-native:linux-x86_64-avx2",
                "nd4j-native:linux-x86_64-avx512"), backendArtifacts());
    }

    @Test
    void cudaProfileSwapsTheBackendForCuda116WithItsRuntime() throws Exception {
        assertEquals(List.of("nd4j-cuda-11.6", "nd4j-cuda-11.6:linux-x86_64"), backendArtifacts("-Pcuda"));
        // The natives and the CUDA runtime are needed to run, not to compile (CudaBuildIT compiles without them).
        assertTrue(tree.contains("org.nd4j:nd4j-cuda-11.6:jar:linux-x86_64:1.0.0-M2.1:runtime"), tree);
        assertTrue(tree.contains("org.bytedeco:cuda:jar:linux-x86_64-redist:11.6-8.3-1.5.7:runtime"), tree);
        // The lean engine's OpenBLAS calls compile against the binding's Java classes, with no native OpenBLAS.
        assertTrue(tree.contains("org.bytedeco:openblas:jar:0.3.19-1.5.7:compile"), tree);
        assertTrue(!tree.contains("org.bytedeco:openblas:jar:linux-x86_64"), tree);
    }
}
