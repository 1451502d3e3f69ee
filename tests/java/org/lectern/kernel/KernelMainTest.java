package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.display.Display;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/** KernelMain.run: from a connection file to serving requests, and back out on shutdown_request. */
class KernelMainTest {
    @TempDir
    Path temp;

    @Test
    void servesTheConnectionFileUntilShutdownRequestThenReturnsZero() throws Exception {
        String key = UUID.randomUUID().toString();
        TestPorts ports = TestPorts.free();
        Path connection = temp.resolve("kernel.json");
        Files.writeString(connection, """
                {"shell_port": %d, "control_port": %d, "iopub_port": %d, "stdin_port": %d, "hb_port": %d,
                 "ip": "127.0.0.1", "transport": "tcp", "signature_scheme": "hmac-sha256", "key": "%s"}"""
                .formatted(ports.shell(), ports.control(), ports.iopub(), ports.stdin(), ports.hb(), key));
        ScriptedEvaluator evaluator = new ScriptedEvaluator().on("1 + 1", () -> 2);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> {
            try {
                return KernelMain.run(new String[] {connection.toString()}, imports -> evaluator);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        try (KernelClient client = new KernelClient(ports, key)) {
            client.awaitReady(Duration.ofSeconds(10));
            String cell = client.execute("1 + 1");
            assertEquals("ok", client.reply(client.shell, cell, Duration.ofSeconds(10)).content().get("status").getAsString());
            client.reply(client.control, client.send(client.control, "shutdown_request", new JsonObject()), Duration.ofSeconds(10));
            assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        } finally {
            Display.disconnect();
            // run() installed the kernel's SIGINT handler in this test JVM.
            Signal.handle(new Signal("INT"), SignalHandler.SIG_DFL);
        }
    }

    @Test
    void badArgumentsReturnTwoWithTheReason() throws InterruptedException {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, KernelMain.run(new String[0], imports -> new ScriptedEvaluator()));
            assertEquals(2, KernelMain.run(new String[] {temp.resolve("missing.json").toString()}, imports -> new ScriptedEvaluator()));
        } finally {
            System.setErr(stderr);
        }
        String messages = captured.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("usage: java -cp lectern.jar:lib/* org.lectern.kernel.KernelMain CONNECTION_FILE"), messages);
        assertTrue(messages.contains("missing.json does not exist"), messages);
    }
}
