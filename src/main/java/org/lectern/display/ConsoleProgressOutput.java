package org.lectern.display;

import java.io.PrintStream;
import java.util.function.Supplier;

/** Draws a progress bar as one console line, redrawn in place with a carriage return. */
final class ConsoleProgressOutput implements ProgressOutput {
    private final Supplier<PrintStream> stream;
    private int lastLength;

    /** Creates an output writing to the stream the supplier returns at each draw (System.err can be replaced). */
    ConsoleProgressOutput(Supplier<PrintStream> stream) {
        this.stream = stream;
    }

    @Override
    public void draw(ProgressState state) {
        String line = ProgressFormat.text(state);
        // Blank out the tail of a longer previous line, since \r only moves the cursor.
        String padding = " ".repeat(Math.max(0, lastLength - line.length()));
        PrintStream out = stream.get();
        out.print("\r" + line + padding);
        out.flush();
        lastLength = line.length();
    }

    @Override
    public void finish(ProgressState state) {
        draw(state);
        PrintStream out = stream.get();
        out.println();
        out.flush();
    }
}
