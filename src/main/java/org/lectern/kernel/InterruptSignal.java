package org.lectern.kernel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGINT into an interrupt of the running cell instead of the JVM's default (exit), so a
 * kernelspec with {@code interrupt_mode: signal} works too, and a Ctrl-C in the terminal of the
 * notebook server (which reaches the kernel's process group) stops a cell, not the kernel.
 */
final class InterruptSignal {
    private static final Logger LOG = LoggerFactory.getLogger(InterruptSignal.class);

    private InterruptSignal() {
    }

    /**
     * Installs the handler; returns false (and logs why) where the JVM does not let us: under
     * {@code -Xrs}, or when whoever started the process ignores SIGINT (as a shell does for
     * {@code command &} in a script), in which case the JVM keeps it ignored and never calls a handler.
     */
    static boolean install(Runnable interrupt) {
        try {
            SignalHandler previous = Signal.handle(new Signal("INT"), signal -> interrupt.run());
            if (previous == SignalHandler.SIG_IGN) {
                Signal.handle(new Signal("INT"), SignalHandler.SIG_IGN);
                LOG.warn("SIGINT will not interrupt cells (the process was started with SIGINT ignored); "
                        + "interrupt_request messages still do");
                return false;
            }
            return true;
        } catch (IllegalArgumentException e) {
            LOG.warn("SIGINT will not interrupt cells ({}); interrupt_request messages still do", e.getMessage());
            return false;
        }
    }
}
