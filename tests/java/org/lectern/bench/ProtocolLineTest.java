package org.lectern.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProtocolLineTest {
    @Test
    void aLineSurvivesFormatAndParse() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("seconds", "1.270000");
        fields.put("loss", "0.0661");
        fields.put("network", "Autoencoder 784-400-784");
        ProtocolLine line = new ProtocolLine("epoch", fields);
        assertEquals("@bench epoch\tseconds=1.270000\tloss=0.0661\tnetwork=Autoencoder 784-400-784", line.format());
        assertEquals(Optional.of(line), ProtocolLine.parse(line.format()));
        assertEquals(1.27, line.number("seconds"));
    }

    @Test
    void otherOutputIsNotProtocol() {
        assertEquals(Optional.empty(), ProtocolLine.parse("INFO: loaded ND4J"));
        assertEquals(Optional.empty(), ProtocolLine.parse("@benchmark epoch"));
        assertEquals(Optional.empty(), ProtocolLine.parse(null));
        assertEquals(Optional.of(new ProtocolLine("done", Map.of())), ProtocolLine.parse("@bench done"));
    }

    @Test
    void pythonsNanIsANumber() {
        assertTrue(Double.isNaN(ProtocolLine.parse("@bench epoch\tloss=nan").orElseThrow().number("loss")));
    }

    @Test
    void problemsAreNamed() {
        assertEquals("malformed protocol field 'seconds' in: @bench epoch\tseconds",
                assertThrows(IllegalArgumentException.class, () -> ProtocolLine.parse("@bench epoch\tseconds")).getMessage());
        ProtocolLine line = ProtocolLine.parse("@bench epoch\tseconds=fast").orElseThrow();
        assertEquals("field 'seconds' is not a number: @bench epoch\tseconds=fast",
                assertThrows(IllegalArgumentException.class, () -> line.number("seconds")).getMessage());
        assertEquals("the 'epoch' line has no field 'loss': @bench epoch\tseconds=fast",
                assertThrows(IllegalArgumentException.class, () -> line.field("loss")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ProtocolLine("ready", Map.of("cpu", "a\tb")));
        assertThrows(IllegalArgumentException.class, () -> new ProtocolLine("two words", Map.of()));
    }
}
