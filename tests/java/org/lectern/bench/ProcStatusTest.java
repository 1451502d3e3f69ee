package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ProcStatusTest {
    private static final String STATUS = """
            Name:\tjava
            Umask:\t0022
            State:\tS (sleeping)
            VmPeak:\t 7654321 kB
            VmSize:\t 7000000 kB
            VmHWM:\t  524288 kB
            VmRSS:\t  262144 kB
            Threads:\t42
            """;

    @Test
    void readsResidentAndPeakMemory() {
        ProcStatus status = ProcStatus.parse(STATUS);
        assertEquals(new ProcStatus(262144, 524288), status);
        assertEquals(256.0, status.rssMib());
        assertEquals(512.0, status.peakMib());
    }

    @Test
    void aStatusWithoutMemoryLinesIsRefused() {
        assertEquals("no 'VmHWM: <number> kB' line in the process status (kernel threads and ended processes have none)",
                assertThrows(IllegalArgumentException.class, () -> ProcStatus.parse("Name:\tkthreadd\nVmRSS:\t1 kB\n"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProcStatus.parse("VmHWM:\t12 MB\nVmRSS:\t1 kB\n"));
    }

    @Test
    void readsThisProcess() {
        ProcStatus self = ProcStatus.of(ProcessHandle.current().pid());
        assertTrue(self.rssKib() > 10_000 && self.peakKib() >= self.rssKib(), self.toString());
    }

    @Test
    void anEndedProcessIsNamed() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ProcStatus.of(Integer.MAX_VALUE));
        assertTrue(e.getMessage().startsWith("cannot read /proc/" + Integer.MAX_VALUE + "/status"), e.getMessage());
    }
}
