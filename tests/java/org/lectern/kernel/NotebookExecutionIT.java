package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Executes tests/resources/notebooks/smoke.ipynb with nbclient in the real kernel and checks what it saved. */
class NotebookExecutionIT {
    @TempDir
    static Path temp;
    private static Map<String, JsonObject> cells;
    private static String runLog;

    @BeforeAll
    static void executeTheNotebook() throws Exception {
        InstalledKernel kernel = InstalledKernel.install(temp);
        Path out = temp.resolve("out");
        Path executed = out.resolve("smoke.ipynb");
        InstalledKernel.Output result = kernel.run(List.of(InstalledKernel.PYTHON, InstalledKernel.RUNNER,
                "--out", out.toString(), "--timeout", "120", "tests/resources/notebooks/smoke.ipynb"), Duration.ofMinutes(5));
        runLog = result.text();
        cells = new java.util.HashMap<>();
        if (Files.exists(executed)) {
            for (JsonElement cell : JsonParser.parseString(Files.readString(executed)).getAsJsonObject().getAsJsonArray("cells")) {
                cells.put(cell.getAsJsonObject().get("id").getAsString(), cell.getAsJsonObject());
            }
        }
        assertEquals(0, result.exit(), "the notebook did not execute:\n" + runLog);
    }

    @Test
    void printedTextIsAStdoutStream() {
        JsonObject stream = outputs("smoke-1").get(0);
        assertEquals("stream", stream.get("output_type").getAsString());
        assertEquals("Lectern smoke test\n", text(stream.get("text")));
    }

    @Test
    void theLastExpressionIsTheResult() {
        JsonObject result = outputs("smoke-2").get(0);
        assertEquals("execute_result", result.get("output_type").getAsString());
        assertEquals("42", text(result.getAsJsonObject("data").get("text/plain")));
    }

    @Test
    void anXChartChartIsAPng() {
        assertTrue(mimeTypes("smoke-3").contains("image/png"), "chart cell outputs: " + outputs("smoke-3") + "\n" + runLog);
    }

    @Test
    void aTablesawTableIsHtml() {
        assertTrue(mimeTypes("smoke-4").contains("text/html"), "table cell outputs: " + outputs("smoke-4") + "\n" + runLog);
    }

    @Test
    void aDisplayedImageIsAPngDisplay() {
        JsonObject display = outputs("smoke-5").stream()
                .filter(o -> o.get("output_type").getAsString().equals("display_data")).findFirst().orElseThrow();
        assertTrue(display.getAsJsonObject("data").has("image/png"), display.toString());
    }

    private static List<JsonObject> outputs(String cellId) {
        JsonObject cell = cells.get(cellId);
        assertTrue(cell != null, "no cell " + cellId + " in the executed notebook:\n" + runLog);
        List<JsonObject> outputs = new ArrayList<>();
        for (JsonElement output : cell.getAsJsonArray("outputs")) {
            outputs.add(output.getAsJsonObject());
        }
        assertTrue(!outputs.isEmpty(), "cell " + cellId + " has no outputs:\n" + runLog);
        return outputs;
    }

    private static List<String> mimeTypes(String cellId) {
        List<String> types = new ArrayList<>();
        for (JsonObject output : outputs(cellId)) {
            if (output.has("data")) {
                types.addAll(output.getAsJsonObject("data").keySet());
            }
        }
        return types;
    }

    private static String text(JsonElement multiline) {
        if (multiline instanceof JsonArray lines) {
            StringBuilder joined = new StringBuilder();
            lines.forEach(line -> joined.append(line.getAsString()));
            return joined.toString();
        }
        return multiline.getAsString();
    }
}
