package org.lectern.kernel.protocol;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * Echoes heartbeat pings on their own thread. Written here rather than taken from jjava because
 * jjava's HeartbeatChannel polls and then sleeps 500 ms, which delays every echo by up to half a second.
 */
final class Heartbeat {
    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);
    private static final int RECEIVE_TIMEOUT_MS = 100;

    private final ZMQ.Socket socket;
    private final Thread thread;
    private volatile boolean running = true;

    Heartbeat(ZMQ.Context context) {
        this.socket = context.socket(SocketType.REP);
        this.thread = new Thread(this::echo, "lectern-heartbeat");
        this.thread.setDaemon(true);
    }

    /** Binds to the address and starts echoing. */
    void bind(String address) {
        socket.setReceiveTimeOut(RECEIVE_TIMEOUT_MS);
        socket.setLinger(0);
        socket.bind(address);
        thread.start();
    }

    private void echo() {
        try {
            while (running) {
                byte[] ping = socket.recv();
                if (ping != null) {
                    socket.send(ping);
                }
            }
        } catch (ZMQException e) {
            if (running) {
                LOG.error("The heartbeat stopped: {}", e.toString());
            }
        } finally {
            socket.close();
        }
    }

    /** Stops echoing; the thread closes the socket within the receive timeout. */
    void close() {
        running = false;
        if (thread.getState() == Thread.State.NEW) {
            socket.close();
        }
    }

    /** Waits up to {@code millis} for the thread to end; returns true if it has. */
    boolean awaitClosed(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }
}
