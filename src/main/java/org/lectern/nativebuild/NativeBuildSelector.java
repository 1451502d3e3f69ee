package org.lectern.nativebuild;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the native build before ND4J or OpenBLAS loads and tells JavaCPP to load only that one, by
 * setting {@value #PROPERTY}. Without it, JavaCPP tries the platform extensions ND4J declares from the last
 * one back ({@code -avx512} before {@code -avx2} before the plain folder) and would load the AVX-512 build
 * on any CPU. JavaCPP reads the property once, when it first loads anything (OpenBLAS included), so every
 * entry point that may reach ND4J calls {@link #select()} first: the kernel, the bench and its workers, the
 * doctor, and the test JVMs through a JUnit launcher listener.
 */
public final class NativeBuildSelector {
    /** JavaCPP's system property naming the platform extension to load. */
    public static final String PROPERTY = "org.bytedeco.javacpp.platform.extension";
    /** The environment variable that overrides the choice: {@code avx512}, {@code avx2} or {@code plain}. */
    public static final String ENVIRONMENT = "LECTERN_NATIVE_BUILD";

    private static boolean selected;
    private static NativeBuildChoice choice;

    private NativeBuildSelector() {
    }

    /**
     * Decides from {@code /proc/cpuinfo}, {@value #ENVIRONMENT}, {@value #PROPERTY} and the builds on the class path,
     * once per process, and sets {@value #PROPERTY} to the build chosen. Returns the choice; empty, and the property
     * left alone, where no CPU build of ND4J is on the class path (the CUDA build).
     */
    public static Optional<NativeBuildChoice> select() {
        return select(CpuFlags.PROC_CPUINFO, System.getenv(ENVIRONMENT));
    }

    /** {@link #select()} with the CPU's flags read from {@code cpuinfo} and this override (null when unset). */
    static synchronized Optional<NativeBuildChoice> select(Path cpuinfo, String override) {
        if (!selected) {
            selected = true;
            ClassLoader loader = NativeBuildSelector.class.getClassLoader();
            Set<NativeBuild> shipped = EnumSet.noneOf(NativeBuild.class);
            Arrays.stream(NativeBuild.values()).filter(build -> build.shippedIn(loader)).forEach(shipped::add);
            if (!shipped.isEmpty()) {
                choice = NativeBuildChoice.decide(CpuFlags.read(cpuinfo), shipped, Optional.ofNullable(override),
                        Optional.ofNullable(System.getProperty(PROPERTY)));
                System.setProperty(PROPERTY, choice.build().extension());
            }
        }
        return Optional.ofNullable(choice);
    }

    /** The choice {@link #select()} made in this process, if it ran. */
    public static synchronized Optional<NativeBuildChoice> current() {
        return Optional.ofNullable(choice);
    }

    /**
     * Prints the JVM option that selects this machine's build ({@code -Dorg.bytedeco.javacpp.platform.extension=-avx2}),
     * for JVMs that do not start in Lectern's code (the JMH benchmarks' forks); nothing without a CPU build.
     */
    public static void main(String[] args) {
        select().ifPresent(chosen -> System.out.println("-D" + PROPERTY + "=" + chosen.build().extension()));
    }
}
