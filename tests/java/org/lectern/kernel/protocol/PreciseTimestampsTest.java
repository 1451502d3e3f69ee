package org.lectern.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.junit.jupiter.api.Test;

class PreciseTimestampsTest {
    @Test
    void datesCarryMicrosecondsInUtc() {
        assertEquals("2026-11-23T10:13:45.123456Z", PreciseTimestamps.format(Instant.parse("2026-11-23T10:13:45.123456789Z")));
    }

    @Test
    void restampingKeepsEverythingButTheDate() {
        Header<PublishStatus> header = new Header<>("session-1", PublishStatus.MESSAGE_TYPE);
        Header<PublishStatus> parent = new Header<>("session-1", PublishStatus.MESSAGE_TYPE);
        List<byte[]> identities = List.of(new byte[] {1, 2});
        Map<String, Object> metadata = Map.of("k", "v");
        Message<PublishStatus> message = new Message<>(identities, header, parent, metadata, PublishStatus.BUSY, null);

        Message<PublishStatus> stamped = PreciseTimestamps.restamp(message);

        assertEquals(header.getId(), stamped.getHeader().getId());
        assertEquals(header.getSessionId(), stamped.getHeader().getSessionId());
        assertEquals(header.getType(), stamped.getHeader().getType());
        assertSame(parent, stamped.getParentHeader());
        assertSame(identities, stamped.getIdentities());
        assertSame(metadata, stamped.getMetadata());
        assertSame(PublishStatus.BUSY, stamped.getContent());
        String date = stamped.getHeader().getTimestamp().getDateString();
        assertTrue(date.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"), date);
    }
}
