package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.testing.CommandOutput;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT interrupts the running cell instead of ending the JVM; where the process was started with
 * SIGINT ignored (a script's {@code command &}), the JVM never calls a handler and install says so.
 */
class InterruptSignalTest {
    @Test
    void sigintRunsTheInterruptUnlessThisProcessWasStartedIgnoringIt() throws Exception {
        boolean ignored = sigintIgnored();
        CountDownLatch interrupted = new CountDownLatch(1);
        boolean installed = InterruptSignal.install(interrupted::countDown);
        try {
            assertEquals(!ignored, installed, "install() reports whether the handler can ever run (SIGINT ignored at "
                    + "start: " + ignored + ")");
            if (installed) {
                // Without the handler this would end the test JVM.
                Signal.raise(new Signal("INT"));
                assertTrue(interrupted.await(5, TimeUnit.SECONDS), "SIGINT did not reach the interrupt");
            }
        } finally {
            Signal.handle(new Signal("INT"), ignored ? SignalHandler.SIG_IGN : SignalHandler.SIG_DFL);
        }
    }

    @Test
    void aJvmStartedWithSigintIgnoredIsToldTheHandlerWillNotRun(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder child = new ProcessBuilder("bash", "-c", "trap '' INT; exec \"$@\"", "child", java, "-cp",
                System.getProperty("java.class.path"), Child.class.getName());
        CommandOutput output = CommandOutput.run(child, dir.resolve("child.log"), Duration.ofSeconds(60));
        assertEquals(0, output.exit(), output.text());
        assertTrue(output.text().contains("ignored=true installed=false"), output.text());
    }

    /** Run by the test above in a JVM whose shell ignored SIGINT: prints what it saw and what install() said. */
    static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws IOException {
            boolean ignored = sigintIgnored();
            System.out.println("ignored=" + ignored + " installed=" + InterruptSignal.install(() -> { }));
        }
    }

    /** Reads this process's ignored-signals mask from /proc: SIGINT (2) is its second bit. */
    static boolean sigintIgnored() throws IOException {
        List<String> status = Files.readAllLines(Path.of("/proc/self/status"));
        String mask = status.stream().filter(line -> line.startsWith("SigIgn:")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no SigIgn line in /proc/self/status")).substring(7).strip();
        return (Long.parseUnsignedLong(mask, 16) & 0b10) != 0;
    }
}
