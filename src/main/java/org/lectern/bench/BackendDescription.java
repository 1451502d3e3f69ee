package org.lectern.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.lectern.nativebuild.NativeBuild;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/** Describes the ND4J backend a worker computes with: its name, BLAS, threads and the CPU level its native code targets. */
final class BackendDescription {
    private BackendDescription() {
    }

    /** Returns {@code backend}, {@code blas}, {@code omp_threads} and, on CPU, {@code native_build} and {@code cpu_level}. */
    static Map<String, String> describe() {
        Map<String, String> fields = new LinkedHashMap<>();
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        fields.put("backend", Nd4j.getBackend().getClass().getSimpleName());
        fields.put("blas", String.valueOf(env.getOrDefault("blas.vendor", "unknown")));
        fields.put("omp_threads", String.valueOf(env.getOrDefault("omp.threads", "unknown")));
        if (Nd4j.getEnvironment().isCPU()) {
            var ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
            fields.put("native_build", NativeBuild.levelName(ops.binaryLevel()));
            fields.put("cpu_level", NativeBuild.levelName(ops.optimalLevel()));
        }
        fields.put("java", System.getProperty("java.runtime.version", System.getProperty("java.version")));
        return fields;
    }
}
