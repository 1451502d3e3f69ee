package org.lectern.kernel.protocol;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;

/**
 * Gives outgoing messages an ISO 8601 {@code date} with microseconds, as the protocol asks and
 * front ends use for cell timings; jjava's own headers carry the time to the minute only.
 */
final class PreciseTimestamps {
    private static final DateTimeFormatter ISO_MICROS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSX").withZone(ZoneOffset.UTC);

    private PreciseTimestamps() {
    }

    /** Returns the same message with its header's date set to now, to the microsecond. */
    static <T> Message<T> restamp(Message<T> message) {
        Header<T> h = message.getHeader();
        Header<T> stamped = new Header<>(h.getId(), h.getUsername(), h.getSessionId(),
                new KernelTimestamp(format(Instant.now())), h.getType(), h.getVersion());
        return new Message<>(message.getIdentities(), stamped, message.getParentHeader(), message.getMetadata(),
                message.getContent(), message.getBlobs());
    }

    /** Returns an instant as the protocol writes dates, e.g. {@code 2026-11-23T10:13:45.123456Z}. */
    static String format(Instant instant) {
        return ISO_MICROS.format(instant);
    }
}
