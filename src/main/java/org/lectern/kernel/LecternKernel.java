package org.lectern.kernel;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.CommInfoRequest;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.InterruptRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.dflib.jjava.jupyter.messages.request.ShutdownRequest;
import org.lectern.display.Display;
import org.lectern.display.NotebookPlugin;
import org.lectern.display.NotebookPlugins;
import org.lectern.kernel.execution.CellEvaluator;
import org.lectern.kernel.execution.CellException;
import org.lectern.kernel.execution.Completeness;
import org.lectern.kernel.execution.Completion;
import org.lectern.kernel.output.CellStreams;
import org.lectern.kernel.output.JupyterDisplayData;
import org.lectern.kernel.output.NotebookDisplaySink;
import org.lectern.kernel.output.OutputPublisher;
import org.lectern.kernel.protocol.KernelConnection;
import org.lectern.kernel.protocol.Replies;

/**
 * The Jupyter kernel: a thin adapter from protocol messages to a {@link CellEvaluator}. It runs
 * cells, renders their values with Lectern's renderers, answers completion, inspection and
 * history, and interrupts a running cell from the control channel.
 *
 * <pre>{@code
 * LecternKernel kernel = LecternKernel.builder()
 *         .evaluator(imports -> JShellEvaluator.builder().imports(imports).build())
 *         .build();
 * kernel.serve(connection);
 * }</pre>
 */
public final class LecternKernel extends BaseKernel {
    private final Function<List<String>, CellEvaluator> evaluatorFactory;
    private final List<String> imports;
    private final String banner;
    private final CellHistory history = new CellHistory();
    private OutputPublisher publisher;
    private CellStreams streams;
    private SessionStarter sessions;
    private NotebookCellRunner runner;

    private LecternKernel(Builder builder) {
        super("lectern", LecternVersion.get(), JavaLanguage.info(), JavaLanguage.helpLinks(), null, new JupyterIO(StandardCharsets.UTF_8),
                new CommManager(), new Renderer(), null, null, false, new StringStyler.Builder().build());
        this.evaluatorFactory = builder.evaluatorFactory;
        this.imports = NotebookSession.defaultImports(builder.plugins);
        this.banner = KernelBanner.of(getVersion(), builder.plugins);
    }

    /** Starts building a kernel. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects what a kernel needs: the evaluator factory and the notebook plugins. */
    public static final class Builder {
        private Function<List<String>, CellEvaluator> evaluatorFactory;
        private List<NotebookPlugin> plugins;

        private Builder() {
        }

        /** Sets how to build the evaluator from the default imports; it is called once, on its own thread. */
        public Builder evaluator(Function<List<String>, CellEvaluator> factory) {
            this.evaluatorFactory = Objects.requireNonNull(factory, "factory");
            return this;
        }

        /** Sets the plugins whose imports and banner lines the kernel uses; default: those on the class path. */
        public Builder plugins(List<NotebookPlugin> plugins) {
            this.plugins = List.copyOf(plugins);
            return this;
        }

        /** Returns the kernel; it does nothing until {@link LecternKernel#serve}. */
        public LecternKernel build() {
            if (evaluatorFactory == null) {
                throw new IllegalStateException("LecternKernel.builder() needs .evaluator(...) before build()");
            }
            if (plugins == null) {
                plugins = NotebookPlugins.load(LecternKernel.class.getClassLoader());
            }
            return new LecternKernel(this);
        }
    }

    /**
     * Registers the kernel's handlers on a connection (before it is bound) and starts the
     * evaluator on its own thread; call once.
     */
    public void serve(KernelConnection connection) {
        if (sessions != null) {
            throw new IllegalStateException("the kernel already serves a connection");
        }
        publisher = new OutputPublisher(connection.iopub());
        streams = new CellStreams(publisher);
        NotebookDisplaySink sink = new NotebookDisplaySink(publisher);
        sessions = SessionStarter.start(() -> NotebookSession.start(evaluatorFactory.apply(imports), imports, sink));
        runner = new NotebookCellRunner(sessions, streams);
        commManager.setIOPubChannel(connection.iopub());
        connection.handle(MessageType.EXECUTE_REQUEST, this::handleExecuteRequest)
                .handle(MessageType.INSPECT_REQUEST, this::handleInspectRequest)
                .handle(MessageType.COMPLETE_REQUEST, this::handleCompleteRequest)
                .handle(MessageType.IS_COMPLETE_REQUEST, this::handleIsCodeCompeteRequest)
                .handle(MessageType.HISTORY_REQUEST, this::handleHistoryRequest)
                .handle(MessageType.KERNEL_INFO_REQUEST, this::handleKernelInfoRequest)
                .handle(MessageType.INTERRUPT_REQUEST, this::handleInterruptRequest)
                .handle(MessageType.SHUTDOWN_REQUEST, this::handleShutdownRequest)
                .handle(MessageType.COMM_INFO_REQUEST, this::handleCommInfoRequest)
                .handle(MessageType.COMM_OPEN_COMMAND, commManager::handleCommOpenCommand)
                .handle(MessageType.COMM_MSG_COMMAND, commManager::handleCommMsgCommand)
                .handle(MessageType.COMM_CLOSE_COMMAND, commManager::handleCommCloseCommand);
    }

    /** Not supported: this kernel serves a {@link KernelConnection}, whose shell loop survives bad messages. */
    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        throw new UnsupportedOperationException("LecternKernel serves a KernelConnection: call serve(connection)");
    }

    @Override
    public String getBanner() {
        return banner;
    }

    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        ExecuteRequest request = message.getContent();
        boolean silent = request.isSilent();
        boolean store = request.shouldStoreHistory() && !silent;
        int count = store ? executionCount.getAndIncrement() : executionCount.get() - 1;
        commManager.setMessageContext(message);
        env.setBusyDeferIdle();
        publisher.enterCell(message, silent);
        try {
            publisher.publish(new PublishExecuteInput(request.getCode(), count));
            NotebookCellRunner.Result result = runner.run(request.getCode(), env, request.isStdinEnabled());
            if (store) {
                history.add(count, request.getCode(), result.value() == null ? "" : result.value().plainText());
            }
            if (result.failed()) {
                CellError error = result.error();
                publisher.publish(new PublishError(error.name(), error.value(), error.traceback()));
                ErrorReply reply = new ErrorReply(error.name(), error.value(), error.traceback());
                reply.setExecutionCount(count);
                env.replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
            } else {
                if (result.value() != null) {
                    publisher.publish(new PublishExecuteResult(count, JupyterDisplayData.of(result.value())));
                }
                env.reply(new ExecuteReply(count, Map.of()));
            }
        } finally {
            publisher.leaveCell();
        }
    }

    /** Evaluates code as a cell would and returns its value, or null if it has none; errors become {@link CellFailedException}. */
    @Override
    public Object evalRaw(String source) {
        try {
            Object value = sessions.await().evaluator().eval(source);
            return value == CellEvaluator.NO_VALUE ? null : value;
        } catch (CellException e) {
            throw new CellFailedException(e);
        }
    }

    /** Evaluates code as a cell would and returns its value rendered with Lectern's renderers, or null. */
    @Override
    public DisplayData eval(String source) {
        Object value = evalRaw(source);
        return value == null ? null : JupyterDisplayData.of(sessions.awaitQuietly().orElseThrow().renderers().render(value));
    }

    @Override
    public ReplacementOptions complete(String code, int cursor) {
        int at = CodePoints.toCharIndex(code, cursor);
        Completion completion = sessions.awaitQuietly()
                .map(session -> session.evaluator().complete(code, at))
                .orElse(Completion.none(at));
        return new ReplacementOptions(completion.matches(),
                CodePoints.fromCharIndex(code, completion.start()), CodePoints.fromCharIndex(code, completion.end()));
    }

    @Override
    public DisplayData inspect(String code, int cursor, boolean detail) {
        int at = CodePoints.toCharIndex(code, cursor);
        return sessions.awaitQuietly()
                .flatMap(session -> session.evaluator().inspect(code, at, detail))
                .map(DisplayData::new)
                .orElse(null);
    }

    @Override
    public String isComplete(String code) {
        try {
            return sessions.awaitQuietly().map(session -> {
                Completeness answer = session.evaluator().isComplete(code);
                boolean incomplete = answer.status() == Completeness.Status.INCOMPLETE;
                return incomplete ? Objects.requireNonNullElse(answer.indent(), "") : answer.status().wireName();
            }).orElse(IS_COMPLETE_MAYBE);
        } catch (RuntimeException e) {
            return IS_COMPLETE_MAYBE;
        }
    }

    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env, Message<KernelInfoRequest> message) {
        env.setBusyDeferIdle();
        env.reply(Replies.to(env.getContext(), MessageType.KERNEL_INFO_REPLY, new Replies.KernelInfo(Replies.OK,
                Header.PROTOCOL_VERISON, getName(), getVersion(), getLanguageInfo(), banner, getHelpLinks())));
    }

    @Override
    protected void handleHistoryRequest(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        env.setBusyDeferIdle();
        env.reply(Replies.to(env.getContext(), MessageType.HISTORY_REPLY, history.answer(message.getContent())));
    }

    @Override
    protected void handleInterruptRequest(ShellReplyEnvironment env, Message<InterruptRequest> message) {
        env.setBusyDeferIdle();
        interrupt();
        env.reply(Replies.to(env.getContext(), MessageType.INTERRUPT_REPLY, new Replies.Status(Replies.OK)));
    }

    @Override
    protected void handleShutdownRequest(ShellReplyEnvironment env, Message<ShutdownRequest> message) {
        boolean restart = message.getContent().isRestart();
        env.setBusyDeferIdle();
        env.reply(Replies.to(env.getContext(), MessageType.SHUTDOWN_REPLY, new Replies.Shutdown(Replies.OK, restart)));
        onShutdown(restart);
        env.markForShutdown();
    }

    private void handleCommInfoRequest(ShellReplyEnvironment env, Message<CommInfoRequest> message) {
        String target = message.getContent().getTargetName();
        env.setBusyDeferIdle();
        Map<String, Map<String, String>> comms = new LinkedHashMap<>();
        for (Comm comm : commManager) {
            if (target == null || target.equals(comm.getTargetName())) {
                comms.put(comm.getID(), Map.of("target_name", comm.getTargetName()));
            }
        }
        env.reply(Replies.to(env.getContext(), MessageType.COMM_INFO_REPLY, new Replies.CommInfo(Replies.OK, comms)));
    }

    /** Stops the cell now running, if the evaluator has started; safe from any thread (control channel, SIGINT). */
    @Override
    public void interrupt() {
        if (sessions != null) {
            sessions.ifStarted().ifPresent(session -> session.evaluator().interrupt());
        }
    }

    /** Interrupts the running cell and sends later displays to the console. */
    @Override
    public void onShutdown(boolean restarting) {
        interrupt();
        Display.disconnect();
    }

    /** Releases the evaluator (if it started) and the stream redirection. */
    public void close() {
        if (streams != null) {
            streams.close();
        }
        if (sessions != null) {
            sessions.ifStarted().ifPresent(session -> session.evaluator().close());
        }
    }
}
