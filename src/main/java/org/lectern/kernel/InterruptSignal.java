package org.lectern.kernel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGINT into an interrupt of the running cell instead of the JVM's default (exit), so a
 * kernelspec with {@code interrupt_mode: signal} works too, and a Ctrl-C in the terminal of the
 * notebook server (which reaches the kernel's process group) stops a cell, not the kernel.
 */
final class InterruptSignal {
    private static final Logger LOG = LoggerFactory.getLogger(InterruptSignal.class);

    private InterruptSignal() {
    }

    /** Installs the handler; returns false (and logs why) where the JVM does not let us, e.g. under -Xrs. */
    static boolean install(Runnable interrupt) {
        try {
            Signal.handle(new Signal("INT"), signal -> interrupt.run());
            return true;
        } catch (IllegalArgumentException e) {
            LOG.warn("SIGINT will not interrupt cells ({}); interrupt_request messages still do", e.getMessage());
            return false;
        }
    }
}
