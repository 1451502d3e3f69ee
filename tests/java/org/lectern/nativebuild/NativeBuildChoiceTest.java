package org.lectern.nativebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.nativebuild.LoadedNativeBuildTest.AVX2_CPU;
import static org.lectern.nativebuild.LoadedNativeBuildTest.AVX512_CPU;
import static org.lectern.nativebuild.LoadedNativeBuildTest.PRE_AVX_CPU;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The build chosen for each CPU class (simulated flags) and each override, and the reason given. */
class NativeBuildChoiceTest {
    private static final CpuFlags AVX512 = CpuFlags.parse(AVX512_CPU, "zen4");
    private static final CpuFlags AVX2 = CpuFlags.parse(AVX2_CPU, "zen2");
    private static final CpuFlags PRE_AVX = CpuFlags.parse(PRE_AVX_CPU, "westmere");
    private static final Set<NativeBuild> ALL = EnumSet.allOf(NativeBuild.class);

    private static NativeBuildChoice auto(CpuFlags cpu, boolean avx512ByDefault) {
        return NativeBuildChoice.decide(cpu, ALL, Optional.empty(), Optional.empty(), avx512ByDefault);
    }

    private static NativeBuildChoice env(CpuFlags cpu, String value) {
        return NativeBuildChoice.decide(cpu, ALL, Optional.of(value), Optional.empty());
    }

    private static NativeBuildChoice property(CpuFlags cpu, String value) {
        return NativeBuildChoice.decide(cpu, ALL, Optional.empty(), Optional.of(value));
    }

    @Test
    void anAvx512CpuGetsTheAvx512BuildOnlyWhenItWasMeasuredFaster() {
        assertEquals(NativeBuild.AVX512, auto(AVX512, true).build());
        NativeBuildChoice measuredSlower = auto(AVX512, false);
        assertEquals(NativeBuild.AVX2, measuredSlower.build());
        assertTrue(measuredSlower.reason().contains("BENCHMARKS.md"), measuredSlower.reason());
        assertTrue(measuredSlower.reason().contains("avx512f avx512cd avx512bw avx512dq avx512vl"), measuredSlower.reason());
    }

    @Test
    void theDefaultPolicyIsTheMeasuredOne() {
        assertEquals(NativeBuildChoice.AVX512_BY_DEFAULT ? NativeBuild.AVX512 : NativeBuild.AVX2,
                NativeBuildChoice.decide(AVX512, ALL, Optional.empty(), Optional.empty()).build());
    }

    @Test
    void anAvx2OnlyCpuGetsTheAvx2BuildWhateverThePolicy() {
        for (boolean policy : new boolean[] {true, false}) {
            NativeBuildChoice choice = auto(AVX2, policy);
            assertEquals(NativeBuild.AVX2, choice.build());
            assertTrue(choice.reason().contains("lacks avx512f avx512cd avx512bw avx512dq avx512vl"), choice.reason());
        }
    }

    @Test
    void aCpuWithOnlyPartOfAvx512GetsTheAvx2Build() {
        // Knights Landing has AVX512F and CD but not BW, DQ, VL, which the AVX-512 build uses.
        CpuFlags knightsLanding = new CpuFlags(Set.of("avx", "avx2", "fma", "avx512f", "avx512cd", "avx512er", "avx512pf"), "knl");
        NativeBuildChoice choice = auto(knightsLanding, true);
        assertEquals(NativeBuild.AVX2, choice.build());
        assertTrue(choice.reason().contains("lacks avx512bw avx512dq avx512vl"), choice.reason());
    }

    @Test
    void aCpuWithoutAvx2GetsThePlainBuild() {
        NativeBuildChoice choice = auto(PRE_AVX, true);
        assertEquals(NativeBuild.PLAIN, choice.build());
        assertTrue(choice.reason().contains("lacks avx avx2 fma"), choice.reason());
    }

    @Test
    void unreadableFlagsGiveThePlainBuildWhichEveryX8664CpuRuns() {
        NativeBuildChoice choice = auto(new CpuFlags(Set.of(), "/proc/cpuinfo could not be read (denied)"), true);
        assertEquals(NativeBuild.PLAIN, choice.build());
        assertTrue(choice.reason().contains("/proc/cpuinfo could not be read"), choice.reason());
    }

    @Test
    void theEnvironmentOverrideChoosesAnyBuildTheCpuRuns() {
        assertEquals(NativeBuild.PLAIN, env(AVX512, "plain").build());
        assertEquals(NativeBuild.AVX512, env(AVX512, "avx512").build());
        assertEquals(NativeBuild.AVX2, env(AVX512, " AVX2 ").build());
        assertEquals(NativeBuild.PLAIN, env(AVX2, "plain").build());
        assertTrue(env(AVX512, "plain").reason().startsWith("asked for by LECTERN_NATIVE_BUILD=plain"));
    }

    @Test
    void anOverrideTheCpuCannotRunIsRefused() {
        NativeBuildChoice avx512OnAvx2 = env(AVX2, "avx512");
        assertEquals(NativeBuild.AVX2, avx512OnAvx2.build());
        assertTrue(avx512OnAvx2.reason().contains("LECTERN_NATIVE_BUILD=avx512 is refused: this CPU lacks avx512f"),
                avx512OnAvx2.reason());
        assertEquals(NativeBuild.PLAIN, env(PRE_AVX, "avx2").build());
        assertEquals(NativeBuild.AVX2, property(AVX2, "-avx512").build());
        assertEquals(NativeBuild.PLAIN, property(PRE_AVX, "-avx2").build());
    }

    @Test
    void anUnknownOverrideIsIgnoredWithTheReasonSaid() {
        NativeBuildChoice choice = env(AVX2, "sse4");
        assertEquals(NativeBuild.AVX2, choice.build());
        assertTrue(choice.reason().startsWith("LECTERN_NATIVE_BUILD=sse4 is not one of avx512, avx2, plain"), choice.reason());
        assertEquals(NativeBuild.AVX2, env(AVX2, "  ").build(), "a blank override counts as unset");
        NativeBuildChoice onednn = property(AVX2, "-onednn-avx2");
        assertEquals(NativeBuild.AVX2, onednn.build());
        assertTrue(onednn.reason().contains("names no build Lectern ships"), onednn.reason());
    }

    @Test
    void anExplicitJavaCppPropertyIsKeptWhenTheCpuRunsIt() {
        assertEquals(NativeBuild.AVX512, property(AVX512, "-avx512").build());
        assertEquals(NativeBuild.PLAIN, property(AVX512, "").build());
        assertEquals(NativeBuild.AVX2, NativeBuildChoice.decide(AVX512, ALL, Optional.of("avx2"), Optional.of("-avx512")).build(),
                "LECTERN_NATIVE_BUILD wins over the property");
    }

    @Test
    void onlyABuildOnTheClassPathIsChosen() {
        Set<NativeBuild> withoutAvx512 = EnumSet.of(NativeBuild.PLAIN, NativeBuild.AVX2);
        NativeBuildChoice asked = NativeBuildChoice.decide(AVX512, withoutAvx512, Optional.of("avx512"), Optional.empty(), false);
        assertEquals(NativeBuild.AVX2, asked.build());
        assertTrue(asked.reason().contains("linux-x86_64-avx512 is not on the class path"), asked.reason());
        NativeBuildChoice preferred = NativeBuildChoice.decide(AVX512, withoutAvx512, Optional.empty(), Optional.empty(), true);
        assertEquals(NativeBuild.AVX2, preferred.build());
        assertTrue(preferred.reason().contains("this installation has no linux-x86_64-avx512"), preferred.reason());
        assertEquals(NativeBuild.PLAIN, NativeBuildChoice.decide(AVX2, EnumSet.of(NativeBuild.PLAIN, NativeBuild.AVX512),
                Optional.empty(), Optional.empty(), true).build());
    }

    @Test
    void thereMustBeABuildToChooseFrom() {
        assertThrows(IllegalArgumentException.class, () -> NativeBuildChoice.decide(AVX2, Set.of(), Optional.empty(), Optional.empty()));
    }
}
