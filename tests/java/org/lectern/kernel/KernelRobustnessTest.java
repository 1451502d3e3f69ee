package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.zeromq.ZMQ;

/** What the protocol base lacks: surviving bad messages, interrupts, failures, shutdown, fast start. */
class KernelRobustnessTest extends ScriptedKernelTestCase {
    @Test
    void aWronglySignedMessageIsRefusedAndTheKernelKeepsAnswering() {
        evaluator.on("forged", () -> "ran");
        KernelClient client = start();

        for (ZMQ.Socket socket : List.of(client.shell, client.control)) {
            String forged = client.send(socket, "execute_request", executeContent("forged"), "not-the-key");
            assertNull(client.receive(socket, Duration.ofMillis(500)), "a forged request got a reply");
            String honest = client.send(socket, "kernel_info_request", new JsonObject());
            assertEquals("kernel_info_reply", client.reply(socket, honest, TIMEOUT).type());
            assertFalse(forged.isEmpty());
        }
        assertFalse(evaluator.evaluated().contains("forged"), "a forged execute_request ran");
    }

    @Test
    void anUnreadableMessageIsDroppedAndTheKernelKeepsAnswering() {
        KernelClient client = start();
        // Correctly signed, but the header lacks its fields and the content is not JSON.
        client.sendParts(client.shell, kernel.key, "{\"msg_id\": \"x\"}", "{}", "{}", "not json");
        client.sendParts(client.shell, kernel.key, "[1, 2]", "{}", "{}", "{}");
        // Not a Jupyter message at all: jjava reads its frame as a routing identity of the next request,
        // which still gets its reply because clients look for the <IDS|MSG> delimiter.
        client.shell.send("a single frame");

        String id = client.send(client.shell, "kernel_info_request", new JsonObject());
        assertEquals("kernel_info_reply", client.reply(client.shell, id, TIMEOUT).type());
    }

    @Test
    void interruptRequestOnControlStopsTheRunningCell() throws InterruptedException {
        KernelClient client = start();

        String cell = client.execute(ScriptedEvaluator.BLOCK_UNTIL_INTERRUPTED);
        assertTrue(evaluator.blockingCellStarted.await(10, TimeUnit.SECONDS), "the blocking cell never started");
        String interrupt = client.send(client.control, "interrupt_request", new JsonObject());
        JsonObject interruptReply = client.reply(client.control, interrupt, TIMEOUT).content();
        JsonObject cellReply = client.reply(client.shell, cell, TIMEOUT).content();

        assertEquals("{\"status\":\"ok\"}", interruptReply.toString());
        assertEquals(1, evaluator.interrupts());
        assertEquals("error", cellReply.get("status").getAsString());
        assertEquals("EvaluationInterruptedException", cellReply.get("ename").getAsString());
    }

    @Test
    void anErrorThrownPastTheEvaluatorIsReportedAndTheNextCellRuns() {
        evaluator.on("overflow", () -> {
            throw new StackOverflowError();
        });
        evaluator.on("bug", () -> {
            throw new IllegalStateException("evaluator bug");
        });
        evaluator.on("ok", () -> "fine");
        KernelClient client = start();

        JsonObject overflow = client.reply(client.shell, client.execute("overflow"), TIMEOUT).content();
        JsonObject bug = client.reply(client.shell, client.execute("bug"), TIMEOUT).content();
        String next = client.execute("ok");
        JsonObject ok = client.reply(client.shell, next, TIMEOUT).content();

        assertEquals("StackOverflowError", overflow.get("ename").getAsString());
        assertEquals("IllegalStateException", bug.get("ename").getAsString());
        assertEquals("evaluator bug", bug.get("evalue").getAsString());
        assertEquals("ok", ok.get("status").getAsString());
    }

    @Test
    void theKernelListensOnlyOnTheConnectionFilesIp() throws IOException {
        start();
        int shellPort = kernel.ports.shell();

        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress("127.0.0.1", shellPort), 2000);
            assertTrue(loopback.isConnected());
        }
        // All of 127.0.0.0/8 reaches this host on Linux, so only a socket bound to 127.0.0.1 itself refuses this.
        assertThrows(ConnectException.class, () -> {
            try (Socket other = new Socket()) {
                other.connect(new InetSocketAddress("127.0.0.2", shellPort), 2000);
            }
        });
    }

    @Test
    void shutdownRequestRepliesAndReleasesTheConnection() throws InterruptedException {
        KernelClient client = start();
        JsonObject content = new JsonObject();
        content.addProperty("restart", true);

        String id = client.send(client.control, "shutdown_request", content);
        JsonObject reply = client.reply(client.control, id, TIMEOUT).content();

        assertEquals("{\"status\":\"ok\",\"restart\":true}", reply.toString());
        assertTrue(kernel.connection.awaitShutdownRequest(5000));
        assertTrue(kernel.connection.close(2000), "the connection did not close cleanly");
    }

    @Test
    void kernelInfoIsAnsweredWhileTheEvaluatorIsStillStarting() throws InterruptedException {
        CountDownLatch evaluatorMayStart = new CountDownLatch(1);
        evaluator.on("1 + 1", () -> 2);
        kernel = TestKernel.start(imports -> {
            try {
                evaluatorMayStart.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return evaluator;
        }, List.of());
        KernelClient client = kernel.client;

        // TestKernel.start already got kernel_info replies; the evaluator has not been built yet.
        String cell = client.execute("1 + 1");
        assertNull(client.receive(client.shell, Duration.ofMillis(300)), "a cell ran before the evaluator existed");
        evaluatorMayStart.countDown();

        assertEquals("ok", client.reply(client.shell, cell, TIMEOUT).content().get("status").getAsString());
    }

    @Test
    void anEvaluatorThatCannotStartFailsEachCellWithTheReason() {
        kernel = TestKernel.start(imports -> {
            throw new IllegalStateException("jdk.jshell is missing");
        }, List.of());
        KernelClient client = kernel.client;

        JsonObject reply = client.reply(client.shell, client.execute("1 + 1"), TIMEOUT).content();

        assertEquals("EvaluatorStartupException", reply.get("ename").getAsString());
        assertTrue(reply.get("evalue").getAsString().contains("jdk.jshell is missing"), reply.toString());
        String info = client.send(client.shell, "kernel_info_request", new JsonObject());
        assertEquals("kernel_info_reply", client.reply(client.shell, info, TIMEOUT).type());
    }

    @Test
    void printsTheRoundTripLatencyOfTrivialRequests() {
        evaluator.on("1 + 1", () -> 2);
        KernelClient client = start();
        List<Long> kernelInfo = new ArrayList<>();
        List<Long> execute = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long t0 = System.nanoTime();
            client.reply(client.shell, client.send(client.shell, "kernel_info_request", new JsonObject()), TIMEOUT);
            kernelInfo.add(System.nanoTime() - t0);
            long t1 = System.nanoTime();
            String id = client.execute("1 + 1");
            client.reply(client.shell, id, TIMEOUT);
            client.iopubUntilIdle(id, TIMEOUT);
            execute.add(System.nanoTime() - t1);
        }
        System.out.printf("Round trip over ZMQ, scripted evaluator, median of 50: kernel_info %.2f ms, "
                + "execute (reply + idle) %.2f ms%n", median(kernelInfo), median(execute));
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static JsonObject executeContent(String code) {
        JsonObject content = new JsonObject();
        content.addProperty("code", code);
        content.addProperty("silent", false);
        content.addProperty("store_history", true);
        content.add("user_expressions", new JsonObject());
        content.addProperty("allow_stdin", false);
        content.addProperty("stop_on_error", true);
        return content;
    }
}
