package org.lectern.nativebuild;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The three builds of ND4J's native code Lectern ships, each in its own classifier jar of
 * {@code org.nd4j:nd4j-native}, with the CPU flags it needs. The flags are the ones libnd4j's own
 * {@code isMinimalRequirementsMet()} checks for each build (the AVX-512 build targets Skylake-AVX512),
 * plus FMA for the AVX2 build, which is compiled for Haswell-class CPUs.
 */
public enum NativeBuild {
    /** {@code linux-x86_64-avx512}: needs the Skylake-AVX512 subset. */
    AVX512("avx512", "-avx512", List.of("avx", "avx2", "fma", "avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl")),
    /** {@code linux-x86_64-avx2}. */
    AVX2("avx2", "-avx2", List.of("avx", "avx2", "fma")),
    /** {@code linux-x86_64}: any x86-64 CPU. */
    PLAIN("plain", "", List.of());

    private final String label;
    private final String extension;
    private final List<String> requiredFlags;

    NativeBuild(String label, String extension, List<String> requiredFlags) {
        this.label = label;
        this.extension = extension;
        this.requiredFlags = requiredFlags;
    }

    /** The name users type in {@code LECTERN_NATIVE_BUILD}: {@code avx512}, {@code avx2} or {@code plain}. */
    public String label() {
        return label;
    }

    /** JavaCPP's platform extension for this build ({@code -avx2}, ...; empty for the plain build). */
    public String extension() {
        return extension;
    }

    /** The Maven classifier, which is also the folder its libraries sit in: {@code linux-x86_64-avx2}, ... */
    public String classifier() {
        return "linux-x86_64" + extension;
    }

    /** Whether this build's libraries are on the class path of {@code loader} (it finds them without loading them). */
    public boolean shippedIn(ClassLoader loader) {
        return loader.getResource("org/nd4j/linalg/cpu/nativecpu/bindings/" + classifier() + "/libjnind4jcpu.so") != null;
    }

    /** The CPU flags this build's code uses; a CPU without one of them stops with SIGILL. */
    public List<String> requiredFlags() {
        return requiredFlags;
    }

    /** Whether a CPU with these flags can run this build. */
    public boolean runsOn(CpuFlags cpu) {
        return cpu.hasAll(requiredFlags);
    }

    /**
     * Names a level of libnd4j's {@code NativeOps.binaryLevel()} (the build loaded) or {@code optimalLevel()}
     * (the best build for this CPU): 1 plain x86-64, 2 AVX2, 3 AVX-512; 0 means built without CPU checks.
     */
    public static String levelName(int libnd4jLevel) {
        return switch (libnd4jLevel) {
            case 0 -> "unknown (built without CPU checks)";
            case 1 -> "generic x86-64";
            case 2 -> "AVX2";
            case 3 -> "AVX-512";
            default -> "level " + libnd4jLevel;
        };
    }

    /** The build with this label ({@code avx512}, {@code avx2}, {@code plain}; any case), if there is one. */
    public static Optional<NativeBuild> byLabel(String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        return find(build -> build.label.equals(wanted));
    }

    /** The build with this JavaCPP platform extension ({@code -avx512}, {@code -avx2}, empty), if there is one. */
    public static Optional<NativeBuild> byExtension(String extension) {
        return find(build -> build.extension.equals(extension.strip()));
    }

    private static Optional<NativeBuild> find(Predicate<NativeBuild> wanted) {
        return Arrays.stream(values()).filter(wanted).findFirst();
    }
}
