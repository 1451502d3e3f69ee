package org.lectern.kernel.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PublishingOutputStreamTest {
    @Test
    void aCharacterSplitAcrossFlushesWaitsForItsLastByte() {
        byte[] text = "a\u00e9\u20ac\uD83D\uDE00".getBytes(StandardCharsets.UTF_8); // 1 + 2 + 3 + 4 bytes
        assertEquals(10, PublishingOutputStream.completeUtf8Length(text));
        assertEquals(6, PublishingOutputStream.completeUtf8Length(Arrays.copyOf(text, 9)));
        assertEquals(6, PublishingOutputStream.completeUtf8Length(Arrays.copyOf(text, 7)));
        assertEquals(3, PublishingOutputStream.completeUtf8Length(Arrays.copyOf(text, 5)));
        assertEquals(3, PublishingOutputStream.completeUtf8Length(Arrays.copyOf(text, 3)));
        assertEquals(1, PublishingOutputStream.completeUtf8Length(Arrays.copyOf(text, 2)));
        assertEquals(0, PublishingOutputStream.completeUtf8Length(new byte[0]));
    }

    @Test
    void invalidBytesAreNotHeldBack() {
        byte[] strayContinuations = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80};
        assertEquals(5, PublishingOutputStream.completeUtf8Length(strayContinuations));
    }
}
