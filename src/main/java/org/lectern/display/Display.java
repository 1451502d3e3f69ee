package org.lectern.display;

import java.util.Objects;
import java.util.UUID;

/**
 * What notebook code calls to show things: {@code display(obj)} shows any object mid-cell and
 * returns its display id; {@code updateDisplay(id, obj)} replaces that output in place. Every
 * notebook starts with {@code import static org.lectern.display.Display.*}. Without a kernel
 * (a plain Java program, a test) output goes to the console as text.
 */
public final class Display {
    private static volatile Connection connection;

    private record Connection(DisplaySink sink, Renderers renderers) {
    }

    private Display() {
    }

    /** Routes displays to a sink rendered by the given registry; the kernel calls this at start. */
    public static void connect(DisplaySink sink, Renderers renderers) {
        connection = new Connection(Objects.requireNonNull(sink, "sink"), Objects.requireNonNull(renderers, "renderers"));
    }

    /** Returns to console output. */
    public static void disconnect() {
        connection = null;
    }

    /** Returns the registry objects are rendered with. */
    public static Renderers renderers() {
        return current().renderers();
    }

    /** Returns true if output goes to a notebook that shows HTML and images. */
    public static boolean isRich() {
        return current().sink().isRich();
    }

    /** Shows a value in its preferred formats and returns the display id that {@link #updateDisplay} takes. */
    public static String display(Object value) {
        return show(renderers().render(value));
    }

    /** Shows a value in the MIME types asked for (e.g. {@code MimeType.SVG}) and returns its display id. */
    public static String display(Object value, String... mimeTypes) {
        return show(renderers().render(value, mimeTypes));
    }

    /** Shows an already rendered bundle and returns its display id. */
    public static String show(MimeBundle bundle) {
        String id = UUID.randomUUID().toString();
        current().sink().show(bundle, id);
        return id;
    }

    /** Replaces the output shown under {@code displayId} with a new value. */
    public static void updateDisplay(String displayId, Object value) {
        update(displayId, renderers().render(value));
    }

    /** Replaces the output shown under {@code displayId}, rendering the value in the MIME types asked for. */
    public static void updateDisplay(String displayId, Object value, String... mimeTypes) {
        update(displayId, renderers().render(value, mimeTypes));
    }

    /** Replaces the output shown under {@code displayId} with an already rendered bundle. */
    public static void update(String displayId, MimeBundle bundle) {
        if (displayId == null || displayId.isBlank()) {
            throw new IllegalArgumentException("updateDisplay needs the id that display(...) returned, got '" + displayId + "'");
        }
        current().sink().update(displayId, bundle);
    }

    /** Clears the output of the running cell now. */
    public static void clearOutput() {
        clearOutput(false);
    }

    /** Clears the output of the running cell; with {@code wait}, just before the next output appears. */
    public static void clearOutput(boolean wait) {
        current().sink().clear(wait);
    }

    private static Connection current() {
        Connection c = connection;
        return c != null ? c : ConsoleHolder.CONSOLE;
    }

    // Built on first use so a console program pays for plugin discovery only when it displays something.
    private static final class ConsoleHolder {
        static final Connection CONSOLE = new Connection(new ConsoleSink(),
                Renderers.standard(Display.class.getClassLoader()));
    }
}
