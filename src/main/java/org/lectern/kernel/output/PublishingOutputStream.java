package org.lectern.kernel.output;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;

/**
 * Collects bytes and publishes them as one {@code stream} message on each flush. Written here
 * instead of using jjava's JupyterOutputStream, which drops text when no request is attached and
 * publishes through the request's reply environment, which is not safe from other threads.
 */
final class PublishingOutputStream extends OutputStream {
    private final OutputPublisher publisher;
    private final PublishStream.StreamType stream;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    PublishingOutputStream(OutputPublisher publisher, PublishStream.StreamType stream) {
        this.publisher = publisher;
        this.stream = stream;
    }

    @Override
    public synchronized void write(int b) {
        buffer.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        buffer.write(bytes, offset, length);
    }

    @Override
    public synchronized void flush() {
        if (buffer.size() == 0) {
            return;
        }
        byte[] bytes = buffer.toByteArray();
        int complete = completeUtf8Length(bytes);
        buffer.reset();
        buffer.write(bytes, complete, bytes.length - complete);
        if (complete > 0) {
            publisher.stream(stream, new String(bytes, 0, complete, StandardCharsets.UTF_8));
        }
    }

    /** Returns the length of the prefix that ends on a character boundary; a split character waits for its rest. */
    static int completeUtf8Length(byte[] bytes) {
        int end = bytes.length;
        int start = end - 1;
        // Walk back over at most three continuation bytes (10xxxxxx) to the lead byte.
        while (start >= 0 && end - start <= 4 && (bytes[start] & 0xC0) == 0x80) {
            start--;
        }
        if (start < 0 || end - start > 4) {
            return end;
        }
        int lead = bytes[start] & 0xFF;
        int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return end - start < needed ? start : end;
    }
}
