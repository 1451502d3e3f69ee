package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins that arrive with jars added at run time: renderers at once, imports after the cell. */
class PluginRescanTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final ScriptedEvaluator evaluator = new ScriptedEvaluator();
    private TestKernel kernel;

    @AfterEach
    void stop() throws InterruptedException {
        kernel.close();
    }

    @Test
    void aPluginFoundAfterAddingJarsRendersAtOnceAndItsNewImportsRunAfterTheCell(@TempDir Path jar) throws IOException {
        Path services = jar.resolve("META-INF/services/org.lectern.display.NotebookPlugin");
        Files.createDirectories(services.getParent());
        Files.writeString(services, GreetingPlugin.class.getName() + "\n");
        ClassLoader withPlugin = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
        evaluator.on("before", () -> new GreetingPlugin.Greeting("before"));
        evaluator.on("%jars greeting.jar", () -> {
            evaluator.classLoader(withPlugin);
            evaluator.fireClasspathAdded(List.of(jar));
            return new GreetingPlugin.Greeting("Ada");
        });
        kernel = TestKernel.start(evaluator);
        KernelClient client = kernel.client;

        JsonObject before = result(client, "before");
        JsonObject after = result(client, "%jars greeting.jar");

        assertFalse(before.has("text/html"), "the plugin rendered before its jar was added: " + before);
        assertEquals("<b>Hello Ada</b>", after.get("text/html").getAsString());
        List<String> evaluated = evaluator.evaluated();
        // The Display import is a default already; only the new one runs, once, after the cell.
        assertEquals(List.of("before", "%jars greeting.jar", "import java.util.concurrent.*;"), evaluated);
    }

    private static JsonObject result(KernelClient client, String code) {
        String id = client.execute(code);
        client.reply(client.shell, id, TIMEOUT);
        return client.iopubUntilIdle(id, TIMEOUT).get(1).content().getAsJsonObject("data");
    }
}
