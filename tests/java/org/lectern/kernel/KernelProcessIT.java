package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel as Jupyter starts it (the installed kernel.json's argv, a connection file), driven
 * over ZMQ: start-up, a real cell, interrupts by message and by SIGINT, System.exit refused, and
 * a shutdown request that ends the process.
 */
class KernelProcessIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    @TempDir
    Path temp;
    private final String key = UUID.randomUUID().toString();
    private final TestPorts ports = TestPorts.free();
    private Process process;
    private Path log;
    private KernelClient client;
    private long startedNanos;

    @BeforeEach
    void startKernel() throws Exception {
        InstalledKernel installed = InstalledKernel.install(temp);
        Path connection = temp.resolve("kernel-test.json");
        Files.writeString(connection, """
                {"shell_port": %d, "control_port": %d, "iopub_port": %d, "stdin_port": %d, "hb_port": %d,
                 "ip": "127.0.0.1", "transport": "tcp", "signature_scheme": "hmac-sha256", "key": "%s"}"""
                .formatted(ports.shell(), ports.control(), ports.iopub(), ports.stdin(), ports.hb(), key));
        log = temp.resolve("kernel.log");
        ProcessBuilder builder = new ProcessBuilder(installed.argv(connection)).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OMP_WAIT_POLICY", "PASSIVE");
        startedNanos = System.nanoTime();
        process = builder.start();
        client = new KernelClient(ports, key);
    }

    @AfterEach
    void stopKernel() throws Exception {
        client.close();
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void startsFastRunsCellsSurvivesInterruptsAndExitsOnShutdown() throws Exception {
        String info = client.send(client.shell, "kernel_info_request", new JsonObject());
        client.reply(client.shell, info, TIMEOUT);
        System.out.printf("Kernel process start to first kernel_info_reply: %.0f ms%n", (System.nanoTime() - startedNanos) / 1e6);
        client.awaitReady(TIMEOUT);

        assertEquals("2", result("1 + 1"));

        String spinning = client.execute("while (true) {}");
        awaitRunning(spinning);
        client.send(client.control, "interrupt_request", new JsonObject());
        assertEquals("error", client.reply(client.shell, spinning, TIMEOUT).content().get("status").getAsString());

        String spinningAgain = client.execute("long n = 0; while (true) { n++; }");
        awaitRunning(spinningAgain);
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor());
        assertEquals("error", client.reply(client.shell, spinningAgain, TIMEOUT).content().get("status").getAsString());

        JsonObject exit = client.reply(client.shell, client.execute("System.exit(0);"), TIMEOUT).content();
        assertEquals("error", exit.get("status").getAsString(), "System.exit in a cell must be refused: " + exit);
        assertEquals("3", result("1 + 2"));

        String shutdown = client.send(client.control, "shutdown_request", new JsonObject());
        assertEquals("ok", client.reply(client.control, shutdown, TIMEOUT).content().get("status").getAsString());
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "the kernel process did not exit after shutdown_request:\n" + Files.readString(log));
        assertEquals(0, process.exitValue(), Files.readString(log));
    }

    // execute_input comes just before evaluation; the extra pause covers compiling the cell.
    private void awaitRunning(String id) throws InterruptedException {
        while (true) {
            KernelClient.Msg msg = client.nextIopub(TIMEOUT);
            if (msg == null) {
                throw new AssertionError("no execute_input for " + id);
            }
            if (id.equals(msg.parentId()) && msg.type().equals("execute_input")) {
                Thread.sleep(300);
                return;
            }
        }
    }

    private String result(String code) {
        String id = client.execute(code);
        JsonObject reply = client.reply(client.shell, id, TIMEOUT).content();
        assertEquals("ok", reply.get("status").getAsString(), reply.toString());
        List<KernelClient.Msg> outputs = client.iopubUntilIdle(id, TIMEOUT);
        return outputs.stream().filter(m -> m.type().equals("execute_result")).findFirst().orElseThrow()
                .content().getAsJsonObject("data").get("text/plain").getAsString();
    }
}
