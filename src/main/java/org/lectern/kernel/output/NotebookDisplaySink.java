package org.lectern.kernel.output;

import org.dflib.jjava.jupyter.messages.publish.PublishClearOutput;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;
import org.lectern.display.DisplaySink;
import org.lectern.display.MimeBundle;

/**
 * The sink {@code display(...)} and {@code updateDisplay(...)} write to inside the kernel:
 * {@code display_data} and {@code update_display_data} messages with {@code transient.display_id}.
 */
public final class NotebookDisplaySink implements DisplaySink {
    private final OutputPublisher publisher;

    /** Creates a sink publishing through the given publisher. */
    public NotebookDisplaySink(OutputPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void show(MimeBundle bundle, String displayId) {
        publisher.publish(new PublishDisplayData(JupyterDisplayData.of(bundle, displayId)));
    }

    @Override
    public void update(String displayId, MimeBundle bundle) {
        publisher.publish(new PublishUpdateDisplayData(JupyterDisplayData.of(bundle, displayId)));
    }

    @Override
    public void clear(boolean wait) {
        publisher.publish(wait ? PublishClearOutput.BEFORE_NEXT_OUTPUT : PublishClearOutput.NOW);
    }

    @Override
    public boolean isRich() {
        return true;
    }
}
