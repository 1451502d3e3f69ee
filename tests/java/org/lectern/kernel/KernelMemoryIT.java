package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.bench.ProcStatus;

/**
 * What an idle kernel costs a class server: the kernel started exactly as the installed kernelspec
 * says (argv and environment), one trivial cell, then left alone. Its resident memory right after
 * the cell is mostly the cell's compile; in the seconds after, JShell indexes the class path in the
 * background (its garbage briefly lifts the resident memory by about 100 MiB) and the kernelspec's
 * periodic garbage collection gives that back. After {@value #SETTLE_SECONDS} s the kernel must hold
 * at most {@value #IDLE_BOUND_MIB} MiB (issue 19; before the kernelspec's memory settings: 292-325 MiB).
 */
class KernelMemoryIT {
    static final int IDLE_BOUND_MIB = 250;
    static final int SETTLE_SECONDS = 20;
    /** How long past the settling time a slow machine may take to get under the bound. */
    private static final int GRACE_SECONDS = 20;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path temp;
    private Process process;
    private KernelClient client;

    @AfterEach
    void stopKernel() throws Exception {
        if (client != null) {
            client.close();
        }
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void anIdleKernelAfterAFirstCellHoldsAt250MiBOrLess() throws Exception {
        InstalledKernel installed = InstalledKernel.install(temp);
        TestPorts ports = TestPorts.free();
        String key = UUID.randomUUID().toString();
        Path connection = temp.resolve("kernel-memory.json");
        Files.writeString(connection, """
                {"shell_port": %d, "control_port": %d, "iopub_port": %d, "stdin_port": %d, "hb_port": %d,
                 "ip": "127.0.0.1", "transport": "tcp", "signature_scheme": "hmac-sha256", "key": "%s"}"""
                .formatted(ports.shell(), ports.control(), ports.iopub(), ports.stdin(), ports.hb(), key));
        Path log = temp.resolve("kernel.log");
        ProcessBuilder builder = new ProcessBuilder(installed.argv(connection)).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(installed.kernelEnvironment());
        process = builder.start();
        client = new KernelClient(ports, key);
        client.reply(client.shell, client.send(client.shell, "kernel_info_request", new JsonObject()), TIMEOUT);
        client.awaitReady(TIMEOUT);
        double atStart = ProcStatus.of(process.pid()).rssMib();

        String id = client.execute("1 + 1");
        JsonObject reply = client.reply(client.shell, id, TIMEOUT).content();
        assertEquals("ok", reply.get("status").getAsString(), reply.toString());
        client.iopubUntilIdle(id, TIMEOUT);
        double afterCell = ProcStatus.of(process.pid()).rssMib();

        List<Long> everySecond = new ArrayList<>();
        long settledMib = Long.MAX_VALUE;
        for (int second = 1; second <= SETTLE_SECONDS + GRACE_SECONDS; second++) {
            Thread.sleep(1000);
            assertTrue(process.isAlive(), "the kernel died:\n" + Files.readString(log));
            long rss = Math.round(ProcStatus.of(process.pid()).rssMib());
            everySecond.add(rss);
            if (second >= SETTLE_SECONDS) {
                settledMib = rss;
                if (rss <= IDLE_BOUND_MIB) {
                    break;
                }
            }
        }
        ProcStatus end = ProcStatus.of(process.pid());
        String report = String.format("kernel RSS: %.0f MiB once ready, %.0f MiB right after `1 + 1`, then every second %s"
                + " MiB; peak %.0f MiB", atStart, afterCell, everySecond, end.peakMib());
        System.out.println(report);
        assertTrue(settledMib <= IDLE_BOUND_MIB, "an idle kernel should hold at most " + IDLE_BOUND_MIB + " MiB "
                + SETTLE_SECONDS + "-" + (SETTLE_SECONDS + GRACE_SECONDS) + " s after its first cell; " + report);
    }
}
