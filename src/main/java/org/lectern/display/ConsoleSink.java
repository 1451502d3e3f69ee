package org.lectern.display;

import java.io.PrintStream;

/** The sink used when no kernel is connected: prints the text representation. */
final class ConsoleSink implements DisplaySink {
    @Override
    public void show(MimeBundle bundle, String displayId) {
        out().println(bundle.plainText());
    }

    @Override
    public void update(String displayId, MimeBundle bundle) {
        out().println(bundle.plainText());
    }

    @Override
    public boolean isRich() {
        return false;
    }

    // Looked up on each call because the kernel redirects System.out per cell.
    private static PrintStream out() {
        return System.out;
    }
}
