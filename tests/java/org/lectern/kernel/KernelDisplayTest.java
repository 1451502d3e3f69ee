package org.lectern.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.display.Display;
import org.lectern.display.MimeBundle;
import org.lectern.display.MimeType;

/** display(...), updateDisplay(...) and rich results, as a front end receives them on IOPub. */
class KernelDisplayTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final ScriptedEvaluator evaluator = new ScriptedEvaluator();
    private TestKernel kernel;
    private KernelClient client;

    @BeforeEach
    void start() {
        kernel = TestKernel.start(evaluator);
        client = kernel.client;
    }

    @AfterEach
    void stop() throws InterruptedException {
        kernel.close();
    }

    @Test
    void displayFromACellPublishesDisplayDataWithItsDisplayId() {
        AtomicReference<String> id = new AtomicReference<>();
        evaluator.on("display(\"hi\")", () -> {
            id.set(Display.display("hi"));
            return ScriptedEvaluator.NO_VALUE;
        });

        String request = client.execute("display(\"hi\")");
        client.reply(client.shell, request, TIMEOUT);
        List<KernelClient.Msg> outputs = client.iopubUntilIdle(request, TIMEOUT);

        KernelClient.Msg display = outputs.get(1);
        assertEquals("display_data", display.type());
        assertEquals("hi", display.content().getAsJsonObject("data").get("text/plain").getAsString());
        assertEquals(id.get(), display.content().getAsJsonObject("transient").get("display_id").getAsString());
        assertEquals(new JsonObject(), display.content().getAsJsonObject("metadata"));
    }

    @Test
    void updateDisplayPublishesUpdateDisplayDataForTheSameId() {
        AtomicReference<String> id = new AtomicReference<>();
        evaluator.on("progress", () -> {
            id.set(Display.display("0%"));
            Display.updateDisplay(id.get(), "100%");
            return ScriptedEvaluator.NO_VALUE;
        });

        String request = client.execute("progress");
        client.reply(client.shell, request, TIMEOUT);
        List<KernelClient.Msg> outputs = client.iopubUntilIdle(request, TIMEOUT);

        assertEquals(List.of("execute_input", "display_data", "update_display_data"), KernelProtocolTest.types(outputs));
        JsonObject update = outputs.get(2).content();
        assertEquals("100%", update.getAsJsonObject("data").get("text/plain").getAsString());
        assertEquals(id.get(), update.getAsJsonObject("transient").get("display_id").getAsString());
    }

    @Test
    void updatesFromAnotherThreadAfterTheCellEndedKeepTheirCellAsParent() throws InterruptedException {
        CountDownLatch cellDone = new CountDownLatch(1);
        AtomicReference<String> id = new AtomicReference<>();
        evaluator.on("train in background", () -> {
            id.set(Display.display("epoch 0"));
            Thread trainer = new Thread(() -> {
                try {
                    cellDone.await();
                } catch (InterruptedException e) {
                    return;
                }
                Display.updateDisplay(id.get(), "epoch 1");
            });
            trainer.start();
            return ScriptedEvaluator.NO_VALUE;
        });

        String request = client.execute("train in background");
        client.reply(client.shell, request, TIMEOUT);
        client.iopubUntilIdle(request, TIMEOUT);
        cellDone.countDown();
        KernelClient.Msg update = client.nextIopub(TIMEOUT);

        assertNotNull(update, "no update_display_data after the cell ended");
        assertEquals("update_display_data", update.type());
        assertEquals(request, update.parentId());
        assertEquals(id.get(), update.content().getAsJsonObject("transient").get("display_id").getAsString());
        assertEquals("epoch 1", update.content().getAsJsonObject("data").get("text/plain").getAsString());
    }

    @Test
    void anImageResultArrivesAsBase64PngOfTheSameSize() throws IOException {
        evaluator.on("image", () -> new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB));

        String request = client.execute("image");
        client.reply(client.shell, request, TIMEOUT);
        JsonObject data = client.iopubUntilIdle(request, TIMEOUT).get(1).content().getAsJsonObject("data");

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(data.get("image/png").getAsString())));
        assertEquals(7, decoded.getWidth());
        assertEquals(5, decoded.getHeight());
        assertTrue(data.get("text/plain").getAsString().startsWith("BufferedImage"), data.toString());
    }

    @Test
    void metadataTravelsPerMimeType() {
        evaluator.on("sized", () -> {
            Display.show(new MimeBundle(
                    java.util.Map.of(MimeType.TEXT, "chart", MimeType.PNG, "iVBORw0KGgo="),
                    java.util.Map.of(MimeType.PNG, java.util.Map.of("width", 320))));
            return ScriptedEvaluator.NO_VALUE;
        });

        String request = client.execute("sized");
        client.reply(client.shell, request, TIMEOUT);
        JsonObject display = client.iopubUntilIdle(request, TIMEOUT).get(1).content();

        assertEquals("{\"image/png\":{\"width\":320}}", display.getAsJsonObject("metadata").toString());
        assertEquals("iVBORw0KGgo=", display.getAsJsonObject("data").get("image/png").getAsString());
    }
}
