package org.lectern.kernel.protocol;

import org.dflib.jjava.jupyter.channels.Loop;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.ZMQ;

/**
 * The shell or the control socket, each served by its own thread, one request at a time.
 * It replaces the loop of jjava's {@link ShellChannel} (whose signature, reading and sending it
 * keeps) in two ways: it blocks in {@code poll} until a request arrives instead of polling and then
 * sleeping 50 ms, and a message with a wrong signature or unreadable JSON is logged and dropped,
 * where jjava's loop lets the exception end the thread and the kernel stops answering.
 */
final class RequestChannel extends ShellChannel {
    private static final Logger LOG = LoggerFactory.getLogger(RequestChannel.class);
    // Only bounds how long close() waits for the thread; a request wakes the poll at once.
    private static final long POLL_TIMEOUT_MS = 100;
    private static final long PAUSE_AFTER_FAILURE_MS = 10;

    /** Handles one request read from a channel, on that channel's thread. */
    @FunctionalInterface
    interface Dispatcher {
        void dispatch(RequestChannel channel, Message<?> message);
    }

    private final String name;
    private final boolean control;
    private final Dispatcher dispatcher;
    private volatile Loop loop;

    RequestChannel(ZMQ.Context context, HMACGenerator hmac, boolean control, Dispatcher dispatcher) {
        // The base class's own loop is never started, and it is the only user of its JupyterConnection.
        super(context, hmac, control, null);
        this.name = control ? "control" : "shell";
        this.control = control;
        this.dispatcher = dispatcher;
    }

    /** Returns "shell" or "control". */
    String name() {
        return name;
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        if (loop != null) {
            throw new IllegalStateException("the " + name + " channel is already bound");
        }
        int port = control ? props.getControlPort() : props.getShellPort();
        bind(formatAddress(props.getTransport(), props.getIp(), port));
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        Loop serving = new Loop("lectern-" + name, 0, () -> serveNext(poller));
        serving.onError(failure -> {
            LOG.error("The {} channel failed while serving a request; it goes on serving", name, failure);
            return PAUSE_AFTER_FAILURE_MS;
        });
        serving.onClose(() -> {
            poller.close();
            super.close();
        });
        loop = serving;
        serving.start();
    }

    private void serveNext(ZMQ.Poller poller) {
        // A cell may leave this thread's interrupt flag set; NIO would then close the socket's channels.
        Thread.interrupted();
        if (poller.poll(POLL_TIMEOUT_MS) <= 0) {
            return;
        }
        Message<?> message = receive();
        if (message != null) {
            dispatcher.dispatch(this, message);
        }
    }

    private Message<?> receive() {
        try {
            return readMessage();
        } catch (SecurityException e) {
            LOG.warn("The {} channel refused a message with a wrong HMAC signature (a client with another key?)", name);
        } catch (RuntimeException e) {
            LOG.warn("The {} channel dropped a message it could not read: {}", name, e.toString());
            while (hasReceiveMore()) {
                recv();
            }
        }
        return null;
    }

    /** Stops the serving thread, which then closes the socket; a request being handled is finished first. */
    @Override
    public void close() {
        Loop serving = loop;
        if (serving == null) {
            super.close();
        } else {
            serving.shutdown();
        }
    }

    /** Waits up to {@code millis} for the serving thread to end; returns true if it has. */
    boolean awaitClosed(long millis) throws InterruptedException {
        Loop serving = loop;
        if (serving == null) {
            return true;
        }
        serving.join(millis);
        return !serving.isAlive();
    }

    @Override
    public void waitUntilClose() {
        try {
            awaitClosed(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
