package org.lectern.launcher;

import java.util.List;
import java.util.Optional;
import org.lectern.gpu.CudaReadiness;
import org.lectern.nativebuild.CpuFlags;
import org.lectern.nativebuild.NativeBuild;
import org.lectern.nativebuild.NativeBuildSelector;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/** Loads ND4J and reports which backend is active and which CPU features its native code uses. */
final class BackendCheck {
    private BackendCheck() {
    }

    /** Returns the backend finding and, on CPU, one about the native build against the CPU. */
    static List<Finding> run() {
        // A CUDA build on a machine without a usable GPU: say what is missing instead of letting ND4J's loader fail.
        Optional<String> gpuProblem = CudaReadiness.problemHere(BackendCheck.class.getClassLoader());
        if (gpuProblem.isPresent()) {
            return List.of(Finding.missing("ND4J backend", gpuProblem.get(), CudaReadiness.CPU_BUILD_COMMAND));
        }
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
            String build = "native code built for " + NativeBuild.levelName(ops.binaryLevel()) + "; this CPU supports " + NativeBuild.levelName(ops.optimalLevel())
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

    private static String cpuFlags() {
        CpuFlags cpu = CpuFlags.read(CpuFlags.PROC_CPUINFO);
        return cpu.flags().isEmpty() ? "flags unknown"
                : String.join(" ", cpu.present(List.of("avx2", "fma", "avx512f", "avx512bw", "avx512_bf16")));
    }
}
