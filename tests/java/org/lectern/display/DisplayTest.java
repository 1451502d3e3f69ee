package org.lectern.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DisplayTest {
    record Point(int x, int y) {
    }

    private final Renderers renderers = new Renderers()
            .register(Point.class).preferring(MimeType.HTML).supporting(MimeType.SVG).with((p, out) -> {
                out.putIfWanted(MimeType.HTML, () -> "<i>" + p.x() + "," + p.y() + "</i>");
                out.putIfWanted(MimeType.SVG, () -> "<svg/>");
            });

    @AfterEach
    void disconnect() {
        Display.disconnect();
    }

    @Test
    void withoutAKernelDisplayPrintsTheTextToTheConsole() {
        Display.disconnect();
        String[] id = new String[1];
        String out = StreamCapture.out(() -> id[0] = Display.display(new Point(1, 2)));
        assertEquals("Point[x=1, y=2]" + System.lineSeparator(), out);
        assertFalse(id[0].isBlank());
        assertFalse(Display.isRich());
    }

    @Test
    void withoutAKernelAnUpdatePrintsTheNewText() {
        Display.disconnect();
        String out = StreamCapture.out(() -> Display.updateDisplay(Display.display("old"), "new"));
        assertEquals("old" + System.lineSeparator() + "new" + System.lineSeparator(), out);
    }

    @Test
    void displayHandsTheRenderedBundleAndTheReturnedIdToTheSink() {
        RecordingSink sink = new RecordingSink(true);
        Display.connect(sink, renderers);

        String id = Display.display(new Point(3, 4));

        assertEquals(1, sink.shows.size());
        assertEquals(id, sink.shows.get(0).displayId());
        assertEquals("<i>3,4</i>", sink.shows.get(0).bundle().get(MimeType.HTML));
        assertEquals("Point[x=3, y=4]", sink.shows.get(0).bundle().plainText());
        assertTrue(Display.isRich());
    }

    @Test
    void clearOutputReachesTheSinkWithItsWaitFlag() {
        RecordingSink sink = new RecordingSink(true);
        Display.connect(sink, renderers);
        Display.clearOutput();
        Display.clearOutput(true);
        assertEquals(List.of(false, true), sink.clears);
    }

    @Test
    void withoutAKernelClearOutputPrintsNothing() {
        Display.disconnect();
        assertEquals("", StreamCapture.out(Display::clearOutput));
    }

    @Test
    void eachDisplayGetsItsOwnId() {
        Display.connect(new RecordingSink(true), renderers);
        assertNotEquals(Display.display("a"), Display.display("a"));
    }

    @Test
    void displayRendersTheRequestedTypes() {
        RecordingSink sink = new RecordingSink(true);
        Display.connect(sink, renderers);
        Display.display(new Point(3, 4), MimeType.SVG);
        assertEquals(Set.of(MimeType.SVG, MimeType.TEXT), sink.shows.get(0).bundle().data().keySet());
    }

    @Test
    void updateDisplayReachesTheSinkWithTheSameId() {
        RecordingSink sink = new RecordingSink(true);
        Display.connect(sink, renderers);
        String id = Display.display(new Point(0, 0));

        Display.updateDisplay(id, new Point(5, 6));
        Display.updateDisplay(id, new Point(7, 8), MimeType.SVG);

        assertEquals(List.of(id, id), sink.updates.stream().map(RecordingSink.Shown::displayId).toList());
        assertEquals("<i>5,6</i>", sink.updates.get(0).bundle().get(MimeType.HTML));
        assertEquals("<svg/>", sink.updates.get(1).bundle().get(MimeType.SVG));
    }

    @Test
    void aBlankOrMissingIdIsRejectedWithAClearMessage() {
        RecordingSink sink = new RecordingSink(true);
        Display.connect(sink, renderers);
        for (String bad : new String[] {" ", "", null}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Display.updateDisplay(bad, "value"));
            assertEquals("updateDisplay needs the id that display(...) returned, got '" + bad + "'", e.getMessage());
        }
        assertTrue(sink.updates.isEmpty());
    }

    @Test
    void disconnectReturnsToTheConsole() {
        RecordingSink sink = new RecordingSink(true);
        Display.connect(sink, renderers);
        Display.disconnect();
        String out = StreamCapture.out(() -> Display.display("back on the console"));
        assertEquals("back on the console" + System.lineSeparator(), out);
        assertTrue(sink.shows.isEmpty());
    }

    @Test
    void connectRefusesNulls() {
        assertThrows(NullPointerException.class, () -> Display.connect(null, renderers));
        assertThrows(NullPointerException.class, () -> Display.connect(new RecordingSink(false), null));
    }
}
