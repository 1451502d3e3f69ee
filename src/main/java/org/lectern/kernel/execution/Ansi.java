package org.lectern.kernel.execution;

/** ANSI colours for traceback lines; Jupyter front ends render them. */
final class Ansi {
    private Ansi() {
    }

    static String red(String text) {
        return "\u001b[1;31m" + text + "\u001b[0m";
    }

    static String green(String text) {
        return "\u001b[32m" + text + "\u001b[0m";
    }

    static String cyan(String text) {
        return "\u001b[36m" + text + "\u001b[0m";
    }
}
