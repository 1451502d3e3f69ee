package org.lectern.kernel.protocol;

import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dflib.jjava.jupyter.channels.IOPubChannel;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.ZMQ;

/**
 * The five sockets of a Jupyter kernel, bound to the transport, IP and ports of one connection
 * file, and the table of handlers requests are dispatched to. Shell and control are served by
 * separate threads, so a control request (interrupt, shutdown) is answered while a cell runs.
 * Takes the place of jjava's JupyterConnection, whose shell loop this kernel cannot use.
 *
 * <pre>{@code
 * KernelConnection connection = KernelConnection.create(ConnectionFile.read(path));
 * connection.handle(MessageType.KERNEL_INFO_REQUEST, kernel::handleKernelInfo);
 * connection.bind();
 * connection.awaitShutdownRequest();
 * connection.close(2000);
 * }</pre>
 */
public final class KernelConnection {
    private static final Logger LOG = LoggerFactory.getLogger(KernelConnection.class);
    private static final int LINGER_MS = 1000;

    private final KernelConnectionProperties props;
    private final ZMQ.Context context = ZMQ.context(1);
    private final String session = UUID.randomUUID().toString();
    private final IOPubChannel iopub;
    private final StdinChannel stdin;
    private final RequestChannel shell;
    private final RequestChannel control;
    private final Heartbeat heartbeat;
    private final Map<MessageType<?>, ShellHandler<?>> handlers = new ConcurrentHashMap<>();
    private final CountDownLatch shutdownRequested = new CountDownLatch(1);
    private volatile boolean bound;

    private KernelConnection(KernelConnectionProperties props, HMACGenerator hmac) {
        this.props = props;
        this.iopub = new TimestampedIOPubChannel(context, hmac);
        this.stdin = new StdinChannel(context, hmac);
        this.shell = new RequestChannel(context, hmac, false, this::dispatch);
        this.control = new RequestChannel(context, hmac, true, this::dispatch);
        this.heartbeat = new Heartbeat(context);
    }

    /** Creates the sockets for checked connection properties (see {@link ConnectionFile}); nothing is bound yet. */
    public static KernelConnection create(KernelConnectionProperties props) {
        try {
            return new KernelConnection(props, props.createHMACGenerator());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign messages with scheme '" + props.getSignatureScheme() + "': " + e, e);
        }
    }

    /** Routes requests of one type to a handler; register every handler before {@link #bind()}. */
    public <T> KernelConnection handle(MessageType<T> type, ShellHandler<T> handler) {
        handlers.put(type, handler);
        return this;
    }

    /** Binds all sockets to the connection file's transport and IP (and nothing else) and announces "starting". */
    public void bind() {
        if (bound) {
            throw new IllegalStateException("the kernel connection is already bound");
        }
        for (ZMQ.Socket socket : new ZMQ.Socket[] {iopub, stdin, shell, control}) {
            socket.setLinger(LINGER_MS);
        }
        iopub.bind(props);
        stdin.bind(props);
        heartbeat.bind(props.getTransport() + "://" + props.getIp() + ":" + props.getHbPort());
        control.bind(props);
        shell.bind(props);
        bound = true;
        iopub.sendMessage(new Message<>(new Header<>(session, PublishStatus.MESSAGE_TYPE), PublishStatus.STARTING));
    }

    /** Returns the IOPub socket; sending on it is safe from any thread. */
    public JupyterSocket iopub() {
        return iopub;
    }

    /** Returns this kernel's session id, used for messages that answer no request. */
    public String session() {
        return session;
    }

    /** Waits until a handler has marked its request for shutdown. */
    public void awaitShutdownRequest() throws InterruptedException {
        shutdownRequested.await();
    }

    /** Waits up to {@code millis} for a shutdown request; returns true if one came. */
    public boolean awaitShutdownRequest(long millis) throws InterruptedException {
        return shutdownRequested.await(millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops serving and closes the sockets, sending what is queued within a second. A shell thread
     * still busy with a cell after {@code graceMillis} is left behind (the caller exits the JVM);
     * returns true if everything closed.
     */
    public boolean close(long graceMillis) throws InterruptedException {
        control.close();
        shell.close();
        heartbeat.close();
        boolean served = control.awaitClosed(graceMillis) & shell.awaitClosed(graceMillis) & heartbeat.awaitClosed(graceMillis);
        // sendMessage locks the socket, so no other thread is halfway through a message when it closes.
        synchronized (iopub) {
            iopub.close();
        }
        synchronized (stdin) {
            stdin.close();
        }
        if (!served) {
            LOG.warn("A cell was still running when the kernel shut down; leaving its thread behind");
            return false;
        }
        context.term();
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void dispatch(RequestChannel channel, Message<?> message) {
        MessageType<?> type = message.getHeader().getType();
        ShellHandler handler = handlers.get(type);
        if (handler == null) {
            LOG.warn("The {} channel ignored a '{}' message: the kernel has no handler for it", channel.name(), type.getName());
            return;
        }
        RequestEnvironment env = new RequestEnvironment(channel, stdin, iopub, message);
        try {
            handler.handle(env, message);
        } catch (RuntimeException | Error e) {
            LOG.error("Handling '{}' failed", type.getName(), e);
        } finally {
            try {
                env.resolveDeferrals();
            } catch (RuntimeException e) {
                LOG.error("Finishing '{}' failed", type.getName(), e);
            }
        }
        if (env.isMarkedForShutdown()) {
            shutdownRequested.countDown();
        }
    }

    /** jjava's reply environment, whose constructor only its own package (or a subclass) may call. */
    private static final class RequestEnvironment extends ShellReplyEnvironment {
        RequestEnvironment(ShellChannel channel, StdinChannel stdin, JupyterSocket iopub, MessageContext request) {
            super(channel, stdin, iopub, request);
        }
    }
}
