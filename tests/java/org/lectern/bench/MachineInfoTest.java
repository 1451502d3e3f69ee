package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MachineInfoTest {
    private static final String CPUINFO = """
            processor\t: 0
            vendor_id\t: AuthenticAMD
            model name\t: AMD EPYC 9R14
            flags\t\t: fpu avx2 avx512f

            processor\t: 1
            vendor_id\t: AuthenticAMD
            model name\t: AMD EPYC 9R14
            """;

    @Test
    void readsTheCpuModelAndCount() {
        assertEquals("AMD EPYC 9R14", MachineInfo.cpuModel(CPUINFO));
        assertEquals(2, MachineInfo.logicalCpus(CPUINFO));
        assertEquals("unknown", MachineInfo.cpuModel(""));
    }

    @Test
    void readsTheMemory() {
        assertEquals(24_000_000L, MachineInfo.memoryKib("MemTotal:       24000000 kB\nMemFree:  1 kB\n"));
        assertEquals(0L, MachineInfo.memoryKib(""));
    }

    @Test
    void describesThisMachine() {
        MachineInfo machine = MachineInfo.current();
        assertTrue(machine.logicalCpus() >= 1 && machine.availableCpus() >= 1, machine.toString());
        assertTrue(machine.date().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC"), machine.date());
    }
}
