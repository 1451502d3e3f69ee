package org.lectern.nativebuild;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The native build this process loads and why, decided from the CPU's flags and the user's override.
 *
 * @param build  the build to load
 * @param reason why, in a sentence for {@code ./lectern doctor}: the flags seen and the override, if any
 */
public record NativeBuildChoice(NativeBuild build, String reason) {
    /**
     * Whether CPUs with AVX-512 get the AVX-512 build (else the AVX2 one): the AVX-512 build has to be
     * faster on the lecture workloads to be the default; BENCHMARKS.md ("Native build") has the numbers.
     */
    static final boolean AVX512_BY_DEFAULT = false;

    private static final List<String> SHOWN_FLAGS = NativeBuild.AVX512.requiredFlags();

    /** Decides with the measured default for AVX-512 CPUs ({@link #AVX512_BY_DEFAULT}). */
    public static NativeBuildChoice decide(CpuFlags cpu, Set<NativeBuild> shipped, Optional<String> lecternOverride,
                                           Optional<String> explicitExtension) {
        return decide(cpu, shipped, lecternOverride, explicitExtension, AVX512_BY_DEFAULT);
    }

    /**
     * Decides which build to load.
     *
     * @param cpu               the CPU's flags
     * @param shipped           the builds on the class path; not empty
     * @param lecternOverride   {@code LECTERN_NATIVE_BUILD} if set: {@code avx512}, {@code avx2} or {@code plain}
     * @param explicitExtension {@code org.bytedeco.javacpp.platform.extension} if the user set it ({@code -avx2}, ...)
     * @param avx512ByDefault   whether a CPU with AVX-512 gets the AVX-512 build when nothing is overridden
     * @return a shipped build; never one the CPU cannot run, whatever was asked for (that would stop with SIGILL)
     * @throws IllegalArgumentException if no build is shipped
     */
    static NativeBuildChoice decide(CpuFlags cpu, Set<NativeBuild> shipped, Optional<String> lecternOverride,
                                    Optional<String> explicitExtension, boolean avx512ByDefault) {
        if (shipped.isEmpty()) {
            throw new IllegalArgumentException("no build of ND4J's native code to choose from");
        }
        NativeBuildChoice automatic = automatic(cpu, shipped, avx512ByDefault);
        Optional<String> env = lecternOverride.filter(v -> !v.isBlank());
        if (env.isPresent()) {
            String asked = NativeBuildSelector.ENVIRONMENT + "=" + env.get();
            Optional<NativeBuild> build = NativeBuild.byLabel(env.get());
            if (build.isEmpty()) {
                return automatic.after(asked + " is not one of avx512, avx2, plain, so it is ignored");
            }
            return requested(build.get(), asked, cpu, shipped, automatic);
        }
        if (explicitExtension.isPresent()) {
            String asked = "-D" + NativeBuildSelector.PROPERTY + "=" + explicitExtension.get();
            Optional<NativeBuild> build = NativeBuild.byExtension(explicitExtension.get());
            if (build.isEmpty()) {
                return automatic.after(asked + " names no build Lectern ships (-avx512, -avx2 or empty), so it is replaced");
            }
            return requested(build.get(), asked, cpu, shipped, automatic);
        }
        return automatic;
    }

    private static NativeBuildChoice requested(NativeBuild build, String asked, CpuFlags cpu, Set<NativeBuild> shipped,
                                               NativeBuildChoice automatic) {
        if (!build.runsOn(cpu)) {
            return automatic.after(asked + " is refused: this CPU lacks " + String.join(" ", cpu.missing(build.requiredFlags()))
                    + " (" + cpu.source() + "), and that build would stop with an illegal instruction");
        }
        if (!shipped.contains(build)) {
            return automatic.after(asked + " names a build this installation does not have (" + build.classifier()
                    + " is not on the class path)");
        }
        return new NativeBuildChoice(build, "asked for by " + asked + "; CPU flags: " + shown(cpu));
    }

    private static NativeBuildChoice automatic(CpuFlags cpu, Set<NativeBuild> shipped, boolean avx512ByDefault) {
        String why;
        List<NativeBuild> wanted;
        if (NativeBuild.AVX512.runsOn(cpu)) {
            why = avx512ByDefault ? "the CPU has AVX-512"
                    : "the CPU has AVX-512, but the avx512 build was not faster than avx2 on the lecture workloads (BENCHMARKS.md)";
            wanted = avx512ByDefault ? List.of(NativeBuild.AVX512, NativeBuild.AVX2, NativeBuild.PLAIN)
                    : List.of(NativeBuild.AVX2, NativeBuild.PLAIN);
        } else if (NativeBuild.AVX2.runsOn(cpu)) {
            why = "the CPU has AVX2 but not all of AVX-512 (lacks " + String.join(" ", cpu.missing(NativeBuild.AVX512.requiredFlags())) + ")";
            wanted = List.of(NativeBuild.AVX2, NativeBuild.PLAIN);
        } else {
            why = "the CPU lacks " + String.join(" ", cpu.missing(NativeBuild.AVX2.requiredFlags())) + " (" + cpu.source() + ")";
            wanted = List.of(NativeBuild.PLAIN);
        }
        Optional<NativeBuild> build = wanted.stream().filter(shipped::contains).findFirst();
        if (build.isEmpty()) {
            // Only a build this CPU cannot run is on the class path: the plain one is still the safe choice,
            // and JavaCPP will find no library for it, which ND4J reports as an error, not a crash.
            return new NativeBuildChoice(NativeBuild.PLAIN, why + ", and this installation has no build it runs; CPU flags: " + shown(cpu));
        }
        String missing = build.get() == wanted.get(0) ? "" : ", and this installation has no " + wanted.get(0).classifier();
        return new NativeBuildChoice(build.get(), why + missing + "; CPU flags: " + shown(cpu));
    }

    private NativeBuildChoice after(String note) {
        return new NativeBuildChoice(build, note + "; " + reason);
    }

    private static String shown(CpuFlags cpu) {
        List<String> present = cpu.present(SHOWN_FLAGS);
        return present.isEmpty() ? "none of " + String.join(" ", SHOWN_FLAGS) : String.join(" ", present);
    }
}
