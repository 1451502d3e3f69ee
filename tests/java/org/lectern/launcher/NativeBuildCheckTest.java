package org.lectern.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lectern.nativebuild.NativeBuild;
import org.lectern.nativebuild.NativeBuildChoice;

class NativeBuildCheckTest {
    private static final Optional<NativeBuildChoice> AVX2 = Optional.of(new NativeBuildChoice(NativeBuild.AVX2, "the CPU has AVX2"));

    @Test
    void theChosenBuildAloneLoadedIsReportedWithItsReason() {
        List<Finding> findings = NativeBuildCheck.check(AVX2, List.of("linux-x86_64-avx2"));
        assertEquals(1, findings.size());
        assertEquals(Finding.Status.OK, findings.get(0).status());
        assertTrue(findings.get(0).detail().startsWith("linux-x86_64-avx2 loaded: the CPU has AVX2"), findings.get(0).detail());
        assertTrue(findings.get(0).detail().contains("LECTERN_NATIVE_BUILD=avx512|avx2|plain"), findings.get(0).detail());
    }

    @Test
    void anotherBuildOrTwoBuildsOrNoChoiceIsAProblem() {
        for (List<Finding> findings : List.of(NativeBuildCheck.check(AVX2, List.of("linux-x86_64-avx512")),
                NativeBuildCheck.check(AVX2, List.of("linux-x86_64-avx2", "linux-x86_64-avx512")),
                NativeBuildCheck.check(Optional.empty(), List.of("linux-x86_64-avx2")))) {
            assertEquals(Finding.Status.MISSING, findings.get(0).status(), findings.toString());
        }
    }

    @Test
    void noNd4jCpuLibraryLoadedSaysNothing() {
        assertEquals(List.of(), NativeBuildCheck.check(AVX2, List.of()));
    }
}
