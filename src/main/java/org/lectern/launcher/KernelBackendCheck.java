package org.lectern.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Says which ND4J backend the registered kernel runs on: the backend jar in the {@code lib/} directory of
 * the build its argv starts ({@code nd4j-native} is the CPU build, {@code nd4j-cuda-*} the GPU one).
 */
final class KernelBackendCheck {
    private static final String TOPIC = "Kernel backend";
    // nd4j-native-1.0.0-M2.1.jar, nd4j-cuda-11.6-1.0.0-M2.1.jar; not their native classifiers (...-linux-x86_64.jar).
    private static final Pattern BACKEND_JAR = Pattern.compile("(nd4j-native|nd4j-cuda-[0-9.]+)-\\d+\\.\\d+\\.\\d+(-M[0-9.]+)?\\.jar");

    private KernelBackendCheck() {
    }

    /** Returns the finding for the kernel registered in this listing of {@code jupyter kernelspec list --json}. */
    static Optional<Finding> inspect(String kernelspecJson) {
        return KernelCheck.registeredArgv(kernelspecJson).map(argv -> classPathJar(argv)
                .map(jar -> finding(jar, libraryNames(jar.resolveSibling("lib"))))
                .orElse(Finding.warn(TOPIC, "the registered kernel names no lectern.jar on its class path", "./lectern setup")));
    }

    /** Judges the file names in the build's lib directory. */
    static Finding finding(Path jar, List<String> libraries) {
        List<String> backends = libraries.stream().map(BACKEND_JAR::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).distinct().sorted().toList();
        if (backends.size() != 1) {
            return Finding.warn(TOPIC, (backends.isEmpty() ? "no ND4J backend" : "several ND4J backends " + backends)
                    + " in " + jar.resolveSibling("lib"), "./lectern setup");
        }
        String backend = backends.get(0);
        return Finding.ok(TOPIC, backend + (backend.startsWith("nd4j-cuda") ? " (GPU build: ./lectern setup --gpu)"
                : " (CPU build; ./lectern setup --gpu builds the GPU one)"));
    }

    private static Optional<Path> classPathJar(List<String> argv) {
        int cp = Math.max(argv.indexOf("-cp"), argv.indexOf("-classpath"));
        if (cp < 0 || cp + 1 >= argv.size()) {
            return Optional.empty();
        }
        return Stream.of(argv.get(cp + 1).split(":")).filter(e -> e.endsWith("lectern.jar")).map(Path::of).findFirst();
    }

    private static List<String> libraryNames(Path lib) {
        try (Stream<Path> files = Files.list(lib)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
