package org.lectern.nativebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuFlagsTest {
    @TempDir
    Path temp;

    @Test
    void readsTheFirstProcessorsFlagsLineAndNotTheVmxOne() {
        String cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nflags\t\t: fpu sse2 avx avx2\n"
                + "vmx flags\t: vnmi avx512f\n\nprocessor\t: 1\nflags\t\t: fpu sse2 avx avx2 avx512f\n";
        CpuFlags flags = CpuFlags.parse(cpuinfo, "test");
        assertEquals(Set.of("fpu", "sse2", "avx", "avx2"), flags.flags());
        assertEquals(List.of("avx512f"), flags.missing(List.of("avx2", "avx512f")));
        assertEquals(List.of("avx2"), flags.present(List.of("avx2", "avx512f")));
    }

    @Test
    void textWithoutAFlagsLineOrAMissingFileGivesNoFlagsAndSaysWhy() {
        CpuFlags arm = CpuFlags.parse("processor\t: 0\nFeatures\t: fp asimd\n", "arm");
        assertTrue(arm.flags().isEmpty());
        assertEquals("arm has no flags line", arm.source());
        CpuFlags missing = CpuFlags.read(temp.resolve("nothing"));
        assertTrue(missing.flags().isEmpty());
        assertTrue(missing.source().contains("could not be read"), missing.source());
    }

    @Test
    void thisMachineHasFlags() {
        assertTrue(CpuFlags.read(CpuFlags.PROC_CPUINFO).flags().contains("sse2"), "every x86-64 CPU has SSE2");
    }
}
