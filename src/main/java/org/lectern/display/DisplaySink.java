package org.lectern.display;

/**
 * Where rendered output goes: a notebook front end (the kernel installs one) or the console.
 * Implementations must be safe to call from any thread.
 */
public interface DisplaySink {
    /** Shows a new output that can later be replaced through its display id. */
    void show(MimeBundle bundle, String displayId);

    /** Replaces, in place, the output shown earlier under this display id. */
    void update(String displayId, MimeBundle bundle);

    /**
     * Clears the current cell's output; with {@code wait}, only when the next output arrives (smooth
     * animation). The default does nothing, as on a console.
     */
    default void clear(boolean wait) {
    }

    /** Returns true if the front end shows rich output (HTML, images), false for a plain console. */
    boolean isRich();
}
