package org.lectern.kernel.output;

import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;

/**
 * Publishes a cell's outputs on IOPub, each parented to the execute request it belongs to, so the
 * front end puts it under the right cell. Output arriving while no cell runs (a thread a cell
 * started, an update of an earlier display) goes to the last cell that ran. Safe from any thread.
 */
public final class OutputPublisher {
    private final JupyterSocket iopub;
    private volatile MessageContext parent;
    private volatile boolean muted;
    private volatile Runnable beforeOtherOutput = () -> { };

    /** Creates a publisher sending on the given IOPub socket. */
    public OutputPublisher(JupyterSocket iopub) {
        this.iopub = iopub;
    }

    /**
     * Parents later outputs to this execute request; a silent request (Jupyter's {@code silent})
     * publishes nothing until {@link #leaveCell()} and keeps the previous parent.
     */
    public void enterCell(MessageContext request, boolean silent) {
        muted = silent;
        if (!silent) {
            parent = request;
        }
    }

    /** Ends the current request; outputs keep going to it until the next one starts. */
    public void leaveCell() {
        muted = false;
    }

    /**
     * Runs {@code action} before each output that is not stream text: the cell streams publish the text
     * they hold there, so a figure shown after a {@code println} comes after that line.
     */
    public void beforeOtherOutput(Runnable action) {
        beforeOtherOutput = action;
    }

    /** Publishes stdout or stderr text. */
    public void stream(PublishStream.StreamType stream, String text) {
        send(new PublishStream(stream, text));
    }

    /** Publishes one output message; dropped while a silent request runs or before any cell ran. */
    public <T extends ContentType<T>> void publish(T content) {
        if (!(content instanceof PublishStream)) {
            beforeOtherOutput.run();
        }
        send(content);
    }

    private <T extends ContentType<T>> void send(T content) {
        MessageContext request = parent;
        if (muted || request == null) {
            return;
        }
        iopub.sendMessage(new Message<>(request, content.getType(), content));
    }
}
