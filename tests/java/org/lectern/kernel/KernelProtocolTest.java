package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lectern.display.NotebookPlugin;

/** The request/reply side of the kernel over real ZMQ sockets, with a scripted evaluator. */
class KernelProtocolTest extends ScriptedKernelTestCase {
    @Test
    void repliesAndIopubMessagesAreDatedToTheMicrosecond() {
        KernelClient client = start();
        String id = client.send(client.shell, "kernel_info_request", new JsonObject());
        String micros = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z";
        String replyDate = client.reply(client.shell, id, TIMEOUT).header().get("date").getAsString();
        assertTrue(replyDate.matches(micros), replyDate);
        String statusDate = client.nextIopub(TIMEOUT).header().get("date").getAsString();
        assertTrue(statusDate.matches(micros), statusDate);
    }

    @Test
    void kernelInfoNamesLecternJavaAndThePluginBanner() {
        NotebookPlugin backend = new NotebookPlugin() {
            @Override
            public List<String> bannerLines() {
                return List.of("Compute backend: test-backend");
            }
        };
        kernel = TestKernel.start(imports -> evaluator, List.of(backend));
        KernelClient client = kernel.client;

        String id = client.send(client.shell, "kernel_info_request", new JsonObject());
        JsonObject info = client.reply(client.shell, id, TIMEOUT).content();

        assertEquals("ok", info.get("status").getAsString());
        assertEquals("5.3", info.get("protocol_version").getAsString());
        assertEquals("lectern", info.get("implementation").getAsString());
        assertEquals(LecternVersion.get(), info.get("implementation_version").getAsString());
        String banner = info.get("banner").getAsString();
        assertTrue(banner.startsWith("Lectern " + LecternVersion.get()), banner);
        assertTrue(banner.contains("Java " + System.getProperty("java.version")), banner);
        assertTrue(banner.endsWith("\nCompute backend: test-backend"), banner);
        assertFalse(banner.contains("ND4J"), "the kernel itself never names ND4J: " + banner);
        JsonObject language = info.getAsJsonObject("language_info");
        assertEquals("java", language.get("name").getAsString());
        assertEquals(System.getProperty("java.version"), language.get("version").getAsString());
        assertEquals("text/x-java", language.get("mimetype").getAsString());
        assertEquals(".jshell", language.get("file_extension").getAsString());
        assertEquals("text/x-java", language.get("codemirror_mode").getAsString());
    }

    @Test
    void kernelInfoIsAlsoServedOnControl() {
        KernelClient client = start();
        String id = client.send(client.control, "kernel_info_request", new JsonObject());
        assertEquals("kernel_info_reply", client.reply(client.control, id, TIMEOUT).type());
    }

    @Test
    void executePublishesInputResultAndRepliesOk() {
        evaluator.on("1 + 1", () -> 2);
        KernelClient client = start();

        String id = client.execute("1 + 1");
        KernelClient.Msg reply = client.reply(client.shell, id, TIMEOUT);
        List<KernelClient.Msg> outputs = client.iopubUntilIdle(id, TIMEOUT);

        assertEquals("execute_reply", reply.type());
        assertEquals("ok", reply.content().get("status").getAsString());
        assertEquals(1, reply.content().get("execution_count").getAsInt());
        assertEquals(List.of("execute_input", "execute_result"), types(outputs));
        assertEquals("1 + 1", outputs.get(0).content().get("code").getAsString());
        JsonObject result = outputs.get(1).content();
        assertEquals(1, result.get("execution_count").getAsInt());
        assertEquals("2", result.getAsJsonObject("data").get("text/plain").getAsString());
    }

    @Test
    void aCellWithoutValuePublishesNoResult() {
        evaluator.on("int x = 1;", () -> ScriptedEvaluator.NO_VALUE);
        KernelClient client = start();

        String id = client.execute("int x = 1;");
        assertEquals("ok", client.reply(client.shell, id, TIMEOUT).content().get("status").getAsString());
        assertEquals(List.of("execute_input"), types(client.iopubUntilIdle(id, TIMEOUT)));
    }

    @Test
    void executionCountGrowsByOnePerStoredCell() {
        evaluator.on("a", () -> "A");
        KernelClient client = start();

        int first = client.reply(client.shell, client.execute("a"), TIMEOUT).content().get("execution_count").getAsInt();
        int second = client.reply(client.shell, client.execute("a"), TIMEOUT).content().get("execution_count").getAsInt();

        assertEquals(1, first);
        assertEquals(2, second);
    }

    @Test
    void stdoutAndStderrBecomeStreamMessagesEvenWithoutNewline() {
        evaluator.on("print", () -> {
            System.out.println("hello, world");
            System.err.print("no newline");
            return ScriptedEvaluator.NO_VALUE;
        });
        List<KernelClient.Msg> streams = streamMessages(start(), "print");

        assertEquals("stdout", streams.get(0).content().get("name").getAsString());
        assertEquals("hello, world\n", streams.get(0).content().get("text").getAsString());
        assertEquals("stderr", streams.get(1).content().get("name").getAsString());
        assertEquals("no newline", streams.get(1).content().get("text").getAsString());
    }

    @Test
    void manyPrintedLinesArriveCompleteAndInOrderInFewMessages() {
        int lines = 5000;
        evaluator.on("loop", () -> {
            for (int i = 0; i < lines; i++) {
                System.out.println("line " + i);
            }
            return ScriptedEvaluator.NO_VALUE;
        });
        List<KernelClient.Msg> streams = streamMessages(start(), "loop");

        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            expected.append("line ").append(i).append('\n');
        }
        String text = streams.stream().map(m -> m.content().get("text").getAsString()).collect(Collectors.joining());
        assertEquals(expected.toString(), text);
        // One message per flush period, not one per line: a PUB socket drops messages past its high-water mark (1000).
        assertTrue(streams.size() < 100, streams.size() + " stream messages for " + lines + " lines");
    }

    private static List<KernelClient.Msg> streamMessages(KernelClient client, String code) {
        String id = client.execute(code);
        client.reply(client.shell, id, TIMEOUT);
        return client.iopubUntilIdle(id, TIMEOUT).stream().filter(m -> m.type().equals("stream")).toList();
    }

    @Test
    void textPrintedBeforeADisplayArrivesBeforeIt() {
        evaluator.on("show", () -> {
            System.out.println("before");
            org.lectern.display.Display.display("figure");
            System.out.println("after");
            return ScriptedEvaluator.NO_VALUE;
        });
        KernelClient client = start();

        String id = client.execute("show");
        client.reply(client.shell, id, TIMEOUT);
        List<KernelClient.Msg> outputs = client.iopubUntilIdle(id, TIMEOUT);

        assertEquals(List.of("execute_input", "stream", "display_data", "stream"), types(outputs));
        assertEquals("before\n", outputs.get(1).content().get("text").getAsString());
        assertEquals("after\n", outputs.get(3).content().get("text").getAsString());
    }

    @Test
    void aCellExceptionBecomesAnErrorWithTheEvaluatorsNameValueAndTraceback() {
        List<String> traceback = List.of("\u001b[31mcannot find symbol\u001b[0m", "  symbol: variable y", "  at line 2");
        evaluator.on("y + 1", () -> {
            throw new ScriptedCellException("CompilationException", "cannot find symbol: y", traceback);
        });
        KernelClient client = start();

        String id = client.execute("y + 1");
        JsonObject reply = client.reply(client.shell, id, TIMEOUT).content();
        List<KernelClient.Msg> outputs = client.iopubUntilIdle(id, TIMEOUT);

        assertEquals("error", reply.get("status").getAsString());
        assertEquals("CompilationException", reply.get("ename").getAsString());
        assertEquals("cannot find symbol: y", reply.get("evalue").getAsString());
        assertEquals(traceback, strings(reply.getAsJsonArray("traceback")));
        assertEquals(1, reply.get("execution_count").getAsInt());
        assertEquals(List.of("execute_input", "error"), types(outputs));
        JsonObject error = outputs.get(1).content();
        assertEquals("CompilationException", error.get("ename").getAsString());
        assertEquals("cannot find symbol: y", error.get("evalue").getAsString());
        assertEquals(traceback, strings(error.getAsJsonArray("traceback")));
    }

    @Test
    void aSilentRequestPublishesNothingAndIsNotCounted() {
        evaluator.on("noisy", () -> {
            System.out.println("should not show");
            return 42;
        });
        evaluator.on("a", () -> "A");
        KernelClient client = start();

        String silent = client.execute("noisy", true);
        JsonObject reply = client.reply(client.shell, silent, TIMEOUT).content();
        List<KernelClient.Msg> outputs = client.iopubUntilIdle(silent, TIMEOUT);
        int next = client.reply(client.shell, client.execute("a"), TIMEOUT).content().get("execution_count").getAsInt();

        assertEquals("ok", reply.get("status").getAsString());
        assertEquals(List.of(), types(outputs));
        assertEquals(1, next, "a silent request does not advance the execution count");
    }

    @Test
    void historyAnswersTailRangeAndSearchAsTuples() {
        evaluator.on("x = 6 * 7", () -> 42).on("y = 1", () -> 1);
        KernelClient client = start();
        for (String code : List.of("x = 6 * 7", "y = 1", "x = 6 * 7")) {
            client.reply(client.shell, client.execute(code), TIMEOUT);
        }

        JsonObject tail = history(client, "tail", "\"n\": 2, \"output\": true");
        JsonObject range = history(client, "range", "\"session\": 1, \"start\": 2, \"stop\": 3");
        JsonObject search = history(client, "search", "\"pattern\": \"x = *\", \"unique\": true");

        assertEquals("ok", tail.get("status").getAsString());
        assertEquals("[[1,2,[\"y = 1\",\"1\"]],[1,3,[\"x = 6 * 7\",\"42\"]]]", tail.get("history").toString());
        assertEquals("[[1,2,\"y = 1\"]]", range.get("history").toString());
        assertEquals("[[1,3,\"x = 6 * 7\"]]", search.get("history").toString());
    }

    private static JsonObject history(KernelClient client, String access, String fields) {
        JsonObject request = com.google.gson.JsonParser.parseString(
                "{\"hist_access_type\": \"" + access + "\", \"raw\": true, \"output\": false, " + fields + "}").getAsJsonObject();
        String id = client.send(client.shell, "history_request", request);
        return client.reply(client.shell, id, TIMEOUT).content();
    }

    @Test
    void completionDelegatesToTheEvaluatorInCodePoints() {
        KernelClient client = start();
        // The emoji is two UTF-16 chars but one code point: Jupyter's cursor counts code points.
        String code = "\"\uD83D\uDE00\"; System.out.pri";
        JsonObject request = new JsonObject();
        request.addProperty("code", code);
        request.addProperty("cursor_pos", code.codePointCount(0, code.length()));

        JsonObject reply = client.reply(client.shell, client.send(client.shell, "complete_request", request), TIMEOUT).content();

        assertEquals("ok", reply.get("status").getAsString());
        assertEquals(List.of("println", "print", "printf"), strings(reply.getAsJsonArray("matches")));
        int end = code.codePointCount(0, code.length());
        assertEquals(end - 3, reply.get("cursor_start").getAsInt());
        assertEquals(end, reply.get("cursor_end").getAsInt());
    }

    @Test
    void inspectionReturnsTheEvaluatorsTextAsPlainText() {
        KernelClient client = start();
        JsonObject found = inspect(client, "Math.max");
        JsonObject nothing = inspect(client, "Math.max(1, ");

        assertTrue(found.get("found").getAsBoolean());
        assertEquals("doc:max", found.getAsJsonObject("data").get("text/plain").getAsString());
        assertFalse(nothing.get("found").getAsBoolean());
        assertEquals("ok", nothing.get("status").getAsString());
    }

    private static JsonObject inspect(KernelClient client, String code) {
        JsonObject request = new JsonObject();
        request.addProperty("code", code);
        request.addProperty("cursor_pos", code.length());
        request.addProperty("detail_level", 0);
        return client.reply(client.shell, client.send(client.shell, "inspect_request", request), TIMEOUT).content();
    }

    @Test
    void isCompleteMapsTheEvaluatorsFourAnswers() {
        KernelClient client = start();
        assertEquals("{\"status\":\"complete\",\"indent\":\"\"}", isComplete(client, "int x = 1;").toString());
        assertEquals("{\"status\":\"incomplete\",\"indent\":\"    \"}", isComplete(client, "for (;;) {").toString());
        assertEquals("invalid", isComplete(client, "@@").get("status").getAsString());
        assertEquals("unknown", isComplete(client, "x").get("status").getAsString());
    }

    private static JsonObject isComplete(KernelClient client, String code) {
        JsonObject request = new JsonObject();
        request.addProperty("code", code);
        return client.reply(client.shell, client.send(client.shell, "is_complete_request", request), TIMEOUT).content();
    }

    @Test
    void commInfoRepliesOkWithNoComms() {
        KernelClient client = start();
        JsonObject reply = client.reply(client.shell, client.send(client.shell, "comm_info_request", new JsonObject()), TIMEOUT).content();
        assertEquals("{\"status\":\"ok\",\"comms\":{}}", reply.toString());
    }

    static List<String> types(List<KernelClient.Msg> messages) {
        return messages.stream().map(KernelClient.Msg::type).collect(Collectors.toList());
    }

    static List<String> strings(JsonArray array) {
        return array.asList().stream().map(e -> e.getAsString()).toList();
    }
}
