package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.kernel.execution.JShellEvaluator;

/**
 * A failed exercise check, run by the real evaluator in an in-process kernel, arrives as a Jupyter
 * error named CheckFailed whose traceback is the FAIL line alone (what nbgrader counts), and the
 * kernel goes on running cells.
 */
class CheckFailedKernelTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String FAIL_LINE = "FAIL: final loss is 0.2, not below 0.1. Hint: train longer";
    private TestKernel kernel;
    private KernelClient client;

    @BeforeEach
    void start() {
        kernel = TestKernel.start(imports -> JShellEvaluator.builder().imports("org.lectern.lecture.*").build(), List.of());
        client = kernel.client;
    }

    @AfterEach
    void stop() throws InterruptedException {
        kernel.close();
    }

    @Test
    void aFailedCheckIsAnErrorOutputWithItsFailLineOnlyAndTheKernelRunsOn() {
        String failing = client.execute("Check.that(\"final loss\", 0.2).hint(\"train longer\").isBelow(0.1)");
        JsonObject reply = client.reply(client.shell, failing, TIMEOUT).content();
        List<KernelClient.Msg> outputs = client.iopubUntilIdle(failing, TIMEOUT);

        assertEquals("error", reply.get("status").getAsString());
        assertEquals("CheckFailed", reply.get("ename").getAsString());
        KernelClient.Msg error = outputs.stream().filter(m -> m.type().equals("error")).findFirst()
                .orElseThrow(() -> new AssertionError("no error output: " + outputs));
        assertEquals("CheckFailed", error.content().get("ename").getAsString());
        assertEquals(FAIL_LINE, error.content().get("evalue").getAsString());
        JsonArray traceback = error.content().getAsJsonArray("traceback");
        assertEquals(1, traceback.size(), traceback.toString());
        assertEquals(FAIL_LINE, traceback.get(0).getAsString());
        assertFalse(traceback.toString().contains("at org."), traceback.toString());

        String passing = client.execute("Check.that(\"final loss\", 0.05).hint(\"train longer\").isBelow(0.1)");
        assertEquals("ok", client.reply(client.shell, passing, TIMEOUT).content().get("status").getAsString());
        KernelClient.Msg result = client.iopubUntilIdle(passing, TIMEOUT).stream()
                .filter(m -> m.type().equals("execute_result")).findFirst().orElseThrow();
        assertEquals("PASS: final loss is 0.05, below 0.1",
                result.content().getAsJsonObject("data").get("text/plain").getAsString());
    }
}
