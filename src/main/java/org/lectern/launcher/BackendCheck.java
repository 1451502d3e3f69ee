package org.lectern.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lectern.nativebuild.NativeBuildSelector;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/** Loads ND4J and reports which backend is active and which CPU features its native code uses. */
final class BackendCheck {
    // libnd4j's names for NativeOps.binaryLevel()/optimalLevel().
    private static final Map<Integer, String> LEVELS = Map.of(0, "generic x86-64", 1, "AVX", 2, "AVX2", 3, "AVX-512");

    private BackendCheck() {
    }

    /** Returns the backend finding and, on CPU, one about the native build against the CPU. */
    static List<Finding> run() {
        try {
            Nd4j.create(1);
            String backend = Nd4j.getBackend().getClass().getSimpleName();
            java.util.Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
            String detail = backend + (Nd4j.getEnvironment().isCPU() ? " (CPU)" : " (GPU)")
                    + ", BLAS " + env.getOrDefault("blas.vendor", "?") + ", " + env.getOrDefault("omp.threads", "?") + " threads";
            if (!Nd4j.getEnvironment().isCPU()) {
                return List.of(Finding.ok("ND4J backend", detail));
            }
            var ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
            String build = "native code built for " + level(ops.binaryLevel()) + "; this CPU supports " + level(ops.optimalLevel())
                    + " (" + cpuFlags() + ")";
            Finding features = ops.isMinimalRequirementsMet()
                    ? Finding.ok("CPU features", build)
                    : Finding.missing("CPU features", build + ": this CPU cannot run it",
                    NativeBuildSelector.ENVIRONMENT + "=plain ./lectern doctor");
            return List.of(Finding.ok("ND4J backend", detail), features);
        } catch (Throwable e) {
            return List.of(Finding.missing("ND4J backend", "ND4J did not start: " + e, "./lectern setup"));
        }
    }

    private static String level(int level) {
        return LEVELS.getOrDefault(level, "level " + level);
    }

    private static String cpuFlags() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            List<String> flags = lines.filter(l -> l.startsWith("flags")).findFirst()
                    .map(l -> List.of(l.substring(l.indexOf(':') + 1).trim().split("\\s+"))).orElse(List.of());
            return Stream.of("avx2", "fma", "avx512f", "avx512bw", "avx512_bf16").filter(flags::contains)
                    .collect(Collectors.joining(" "));
        } catch (IOException e) {
            return "flags unknown";
        }
    }
}
