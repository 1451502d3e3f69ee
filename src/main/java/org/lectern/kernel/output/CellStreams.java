package org.lectern.kernel.output;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.dflib.jjava.jupyter.channels.JupyterInputStream;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;

/**
 * Points {@code System.out}, {@code System.err} and {@code System.in} at the notebook while a cell
 * runs and back afterwards, so the kernel's own log lines stay out of notebooks. Text is published
 * every {@value #FLUSH_PERIOD_MS} ms, before any other output of the cell, and when the cell ends:
 * one IOPub message per period rather than one per line, as ipykernel does, because a ZeroMQ PUB
 * socket drops messages past its high-water mark when a front end falls behind (a 2000-line loop
 * lost lines that way under load).
 */
public final class CellStreams implements AutoCloseable {
    private static final long FLUSH_PERIOD_MS = 100;

    private final PrintStream out;
    private final PrintStream err;
    private final JupyterInputStream in = new JupyterInputStream(StandardCharsets.UTF_8);
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "lectern-output-flush");
        thread.setDaemon(true);
        return thread;
    });
    private PrintStream savedOut;
    private PrintStream savedErr;
    private InputStream savedIn;
    private ShellReplyEnvironment attached;
    private ScheduledFuture<?> periodicFlush;

    /** Creates streams that publish through the given publisher. */
    public CellStreams(OutputPublisher publisher) {
        this.out = new PrintStream(new PublishingOutputStream(publisher, PublishStream.StreamType.OUT), false, StandardCharsets.UTF_8);
        this.err = new PrintStream(new PublishingOutputStream(publisher, PublishStream.StreamType.ERR), false, StandardCharsets.UTF_8);
        publisher.beforeOtherOutput(this::flush);
    }

    /** Redirects the standard streams to the notebook for the request of {@code env}; stdin only if it allows input. */
    public synchronized void attach(ShellReplyEnvironment env, boolean allowStdin) {
        if (attached != null) {
            throw new IllegalStateException("the cell streams are already attached to a running cell");
        }
        attached = env;
        savedOut = System.out;
        savedErr = System.err;
        savedIn = System.in;
        in.setEnv(env);
        in.setEnabled(allowStdin);
        System.setOut(out);
        System.setErr(err);
        System.setIn(in);
        periodicFlush = flusher.scheduleAtFixedRate(this::flush, FLUSH_PERIOD_MS, FLUSH_PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** Publishes what is left and restores the streams that were there before {@link #attach}. */
    public synchronized void detach() {
        if (attached == null) {
            return;
        }
        periodicFlush.cancel(false);
        flush();
        System.setOut(savedOut);
        System.setErr(savedErr);
        System.setIn(savedIn);
        in.retractEnv(attached);
        attached = null;
    }

    /** Publishes text written so far. */
    public void flush() {
        out.flush();
        err.flush();
    }

    /** Stops the periodic flush. */
    @Override
    public void close() {
        detach();
        flusher.shutdownNow();
    }
}
