package org.lectern.nativebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Exactly one of the three shipped native builds is loaded, and it is the chosen one: in this test JVM
 * (chosen by the session listener) and in fresh JVMs that see a simulated CPU of each class or an override.
 */
class LoadedNativeBuildTest {
    // The flags lines of three real CPUs: AMD Zen 4 (AVX-512), AMD Zen 2 (AVX2 only), Intel Westmere (no AVX).
    static final String AVX512_CPU = "flags\t\t: fpu vme sse sse2 ssse3 fma cx16 sse4_1 sse4_2 movbe popcnt aes xsave avx f16c rdrand "
            + "bmi1 avx2 smep bmi2 erms invpcid avx512f avx512dq rdseed adx smap avx512ifma clflushopt clwb avx512cd sha_ni "
            + "avx512bw avx512vl xsaveopt avx512_bf16 avx512vbmi umip pku avx512_vbmi2 gfni vaes vpclmulqdq avx512_vnni\n";
    static final String AVX2_CPU = "flags\t\t: fpu vme sse sse2 ht syscall nx mmxext fxsr_opt pdpe1gb rdtscp lm constant_tsc rep_good "
            + "nopl pni pclmulqdq ssse3 fma cx16 sse4_1 sse4_2 movbe popcnt aes xsave avx f16c rdrand lahf_lm cmp_legacy "
            + "abm sse4a misalignsse 3dnowprefetch bmi1 avx2 smep bmi2 rdseed adx smap clflushopt clwb sha_ni xsaveopt\n";
    static final String PRE_AVX_CPU = "flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush "
            + "mmx fxsr sse sse2 ht syscall nx rdtscp lm constant_tsc pni pclmulqdq ssse3 cx16 sse4_1 sse4_2 popcnt aes lahf_lm\n";

    @TempDir
    Path temp;

    @Test
    void thisJvmLoadedExactlyTheBuildTheListenerChose() {
        NativeBuildChoice choice = NativeBuildSelector.current().orElseThrow(() -> new AssertionError(
                "the LauncherSessionListener did not choose a native build before the tests ran"));
        assertEquals(2.0, Nd4j.createFromArray(1.0f, 1.0f).sumNumber().doubleValue());
        assertEquals(List.of(choice.build().classifier()), LoadedNativeBuilds.inThisProcess());
    }

    @Test
    void theBuildShipsAllThreeBuilds() {
        for (NativeBuild build : NativeBuild.values()) {
            assertTrue(build.shippedIn(getClass().getClassLoader()), build.classifier() + " is not on the class path");
        }
    }

    @Test
    void anAvx2OnlyCpuLoadsTheAvx2Build() throws Exception {
        assertEquals(List.of("linux-x86_64-avx2"), probe(AVX2_CPU, null));
    }

    @Test
    void aCpuWithoutAvx2LoadsThePlainBuild() throws Exception {
        assertEquals(List.of("linux-x86_64"), probe(PRE_AVX_CPU, null));
    }

    @Test
    void anAvx512OverrideOnAnAvx2CpuIsRefusedSoTheAvx512CodeNeverLoads() throws Exception {
        assertEquals(List.of("linux-x86_64-avx2"), probe(AVX2_CPU, "avx512"));
    }

    @Test
    void anAvx512CpuLoadsTheMeasuredDefaultAndTheAvx512BuildWhenAskedFor() throws Exception {
        NativeBuild expected = NativeBuildChoice.AVX512_BY_DEFAULT ? NativeBuild.AVX512 : NativeBuild.AVX2;
        assertEquals(List.of(expected.classifier()), probe(AVX512_CPU, null));
        // Running the AVX-512 build needs a CPU that has it (this one is only simulated).
        assumeTrue(NativeBuild.AVX512.runsOn(CpuFlags.read(CpuFlags.PROC_CPUINFO)), "this machine's CPU has no AVX-512");
        assertEquals(List.of("linux-x86_64-avx512"), probe(AVX512_CPU, "avx512"));
    }

    /** Starts a JVM that sees {@code cpuFlagsLine} as its CPU, loads ND4J and returns the builds it mapped. */
    private List<String> probe(String cpuFlagsLine, String override) throws IOException, InterruptedException {
        Path cpuinfo = Files.writeString(temp.resolve("cpuinfo"), "processor\t: 0\n" + cpuFlagsLine);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), cpuinfo.toString()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.remove(NativeBuildSelector.ENVIRONMENT);
        if (override != null) {
            env.put(NativeBuildSelector.ENVIRONMENT, override);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the probe JVM did not finish");
        assertEquals(0, process.exitValue(), output);
        return Stream.of(output.split("\n")).filter(l -> l.startsWith("loaded: ")).findFirst()
                .map(l -> List.of(l.substring("loaded: ".length()).split(","))).orElseThrow(() -> new AssertionError(output));
    }

    /** The probe JVM: chooses for the cpuinfo file in {@code args[0]}, computes with ND4J, prints the loaded builds. */
    static final class Probe {
        public static void main(String[] args) {
            NativeBuildSelector.select(Path.of(args[0]), System.getenv(NativeBuildSelector.ENVIRONMENT));
            if (Nd4j.createFromArray(1.0f, 2.0f).sumNumber().doubleValue() != 3.0) {
                throw new AssertionError("ND4J computed a wrong sum");
            }
            System.out.println("loaded: " + String.join(",", LoadedNativeBuilds.inThisProcess()));
        }
    }
}
