package org.lectern.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleProgressOutputTest {
    @Test
    void aShorterLineBlanksOutTheRestOfTheLongerOneBeforeIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ConsoleProgressOutput output = new ConsoleProgressOutput(() -> stream);
        ProgressState longer = new ProgressState("a long label", 0, 10, 0, Map.of(), false);
        ProgressState shorter = new ProgressState("x", 0, 10, 0, Map.of(), false);

        output.draw(longer);
        output.finish(shorter);

        String longText = ProgressFormat.text(longer);
        String shortText = ProgressFormat.text(shorter);
        String expected = "\r" + longText + "\r" + shortText + " ".repeat(longText.length() - shortText.length())
                + System.lineSeparator();
        assertEquals(expected, bytes.toString(StandardCharsets.UTF_8));
    }
}
