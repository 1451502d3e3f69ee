package org.lectern.display;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Replaces System.out or System.err for the length of a test and returns what was written. */
final class StreamCapture {
    private StreamCapture() {
    }

    /** Runs the action with System.err captured and returns what it wrote. */
    static String err(Runnable action) {
        return capture(action, System.err, System::setErr);
    }

    /** Runs the action with System.out captured and returns what it wrote. */
    static String out(Runnable action) {
        return capture(action, System.out, System::setOut);
    }

    private static String capture(Runnable action, PrintStream original, Consumer<PrintStream> setter) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        setter.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            setter.accept(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
