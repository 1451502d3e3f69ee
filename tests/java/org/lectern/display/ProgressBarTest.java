package org.lectern.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final FakeClock clock = new FakeClock();
    private RecordingSink notebook;

    @BeforeEach
    void connectANotebook() {
        notebook = new RecordingSink(true);
        Display.connect(notebook, new Renderers());
    }

    @AfterEach
    void disconnect() {
        Display.disconnect();
    }

    private ProgressBar bar(String label, long total) {
        return Progress.builder(label, total).clock(clock).start();
    }

    @Test
    void startingShowsTheEmptyBarOnce() {
        bar("Training", 10);
        assertEquals(1, notebook.shows.size());
        assertEquals(0, notebook.updates.size());
        MimeBundle first = notebook.shows.get(0).bundle();
        assertTrue(first.plainText().startsWith("Training [------------------------------] 0/10 0% | elapsed 0:00"),
                first.plainText());
        assertTrue(((String) first.get(MimeType.HTML)).contains("<progress value=\"0\" max=\"10\""));
    }

    @Test
    void aMillionFastStepsProduceOnlyAHandfulOfUpdates() {
        ProgressBar bar = bar("Fast", 1_000_000);
        for (int i = 0; i < 1_000_000; i++) {
            clock.advanceNanos(1_000); // one microsecond a step: one second in all
            bar.step();
        }
        bar.done();
        // The first state, one redraw per 200 ms (at 0.2, 0.4, 0.6, 0.8 and 1.0 s), the final state.
        assertEquals(1, notebook.shows.size());
        assertEquals(6, notebook.updates.size());
        assertTrue(notebook.last().plainText().contains("1000000/1000000 100%"));
    }

    @Test
    void theDefaultClockAlsoLimitsRedraws() {
        ProgressBar bar = Progress.bar("Real clock", 1_000_000);
        long start = System.nanoTime();
        for (int i = 0; i < 1_000_000; i++) {
            bar.step();
        }
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        bar.done();
        long allowed = 1 + elapsedMillis / 200 + 1;
        assertTrue(notebook.updates.size() <= allowed,
                notebook.updates.size() + " updates in " + elapsedMillis + " ms");
    }

    @Test
    void theIntervalIsConfigurable() {
        ProgressBar bar = Progress.builder("Slow redraws", 10).interval(Duration.ofSeconds(1)).clock(clock).start();
        for (int i = 0; i < 4; i++) {
            clock.advanceMillis(500);
            bar.step();
        }
        assertEquals(2, notebook.updates.size());

        ProgressBar everyStep = Progress.builder("Every step", 10).interval(Duration.ZERO).clock(clock).start();
        for (int i = 0; i < 5; i++) {
            everyStep.step();
        }
        assertEquals(2 + 5, notebook.updates.size());
    }

    @Test
    void allDrawsOfOneBarShareTheDisplayIdOfItsFirstShow() {
        ProgressBar bar = Progress.builder("Ids", 3).interval(Duration.ZERO).clock(clock).start();
        bar.step().step().step();
        bar.done();
        String id = notebook.shows.get(0).displayId();
        assertEquals(4, notebook.updates.size());
        assertTrue(notebook.updates.stream().allMatch(u -> u.displayId().equals(id)));
    }

    @Test
    void theFinalStateIsDrawnEvenRightAfterTheLastRedraw() {
        ProgressBar bar = bar("Final", 10);
        bar.step(3);
        assertEquals(0, notebook.updates.size());
        bar.done();
        assertEquals(1, notebook.updates.size());
        assertTrue(notebook.last().plainText().contains("3/10 30%"), notebook.last().plainText());
    }

    @Test
    void textShowsCountPercentageRateTimesAndMetrics() {
        ProgressBar bar = bar("Training", 10);
        clock.advanceMillis(2000);
        bar.metric("loss", 0.123).metric("acc", 0.91).step(5);
        assertEquals("Training [###############---------------] 5/10 50% | 2.50 steps/s | elapsed 0:02 | ETA 0:02"
                + " | loss=0.1230 acc=0.9100", notebook.last().plainText());
    }

    @Test
    void htmlShowsTheSameFiguresInAProgressElement() {
        ProgressBar bar = bar("Training", 10);
        clock.advanceMillis(2000);
        bar.metrics(Map.of("loss", 0.5)).step(5);
        String html = (String) notebook.last().get(MimeType.HTML);
        assertTrue(html.contains("<b>Training</b>"), html);
        assertTrue(html.contains("<progress value=\"5\" max=\"10\""), html);
        assertTrue(html.contains("5/10 50% | 2.50 steps/s | elapsed 0:02 | ETA 0:02"), html);
        assertTrue(html.contains("loss=0.5000"), html);
    }

    @Test
    void htmlEscapesTheLabelAndMetricNames() {
        ProgressBar bar = bar("<script>alert(1)</script>", 10);
        clock.advanceMillis(300);
        bar.metric("a<b", 1).step();
        String html = (String) notebook.last().get(MimeType.HTML);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("a&lt;b=1"), html);
    }

    @Test
    void aSlowLoopShowsSecondsPerStepAndAnEtaInHours() {
        ProgressBar bar = bar("Slow", 1000);
        clock.advanceMillis(10_000);
        bar.step();
        String text = notebook.last().plainText();
        assertTrue(text.contains("1/1000 0% | 10.0 s/step | elapsed 0:10 | ETA 2:46:30"), text);
    }

    @Test
    void aFinishedBarShowsTheTotalTime() {
        try (ProgressBar bar = bar("Done", 4)) {
            clock.advanceMillis(61_000);
            bar.step(4);
        }
        assertTrue(notebook.last().plainText().contains("4/4 100% | 15.3 s/step"),
                notebook.last().plainText());
        assertTrue(notebook.last().plainText().contains("| took 1:01"));
        assertFalse(notebook.last().plainText().contains("ETA"));
    }

    @Test
    void aBarLeftEarlyByAnExceptionSaysItStopped() {
        assertThrows(IllegalStateException.class, () -> {
            try (ProgressBar bar = bar("Broken", 10)) {
                clock.advanceMillis(5000);
                bar.step(2);
                throw new IllegalStateException("loss is NaN");
            }
        });
        assertTrue(notebook.last().plainText().contains("2/10 20% | 2.50 s/step | stopped after 0:05"),
                notebook.last().plainText());
    }

    @Test
    void doneTwiceDrawsTheFinalStateOnce() {
        ProgressBar bar = bar("Twice", 2);
        bar.done();
        bar.close();
        assertEquals(1, notebook.updates.size());
    }

    @Test
    void metricsKeepTheirFirstOrderAndLatestValue() {
        ProgressBar bar = bar("Metrics", 10);
        Map<String, Number> values = new LinkedHashMap<>();
        values.put("epoch", 1);
        values.put("loss", 0.25);
        bar.metrics(values).metric("epoch", 2).metric("lr", 1e-5);
        bar.done();
        assertTrue(notebook.last().plainText().endsWith("| epoch=2 loss=0.2500 lr=1.000e-05"),
                notebook.last().plainText());
    }

    @Test
    void aStepCountPastTheTotalIsShownButTheBarStopsAtFull() {
        ProgressBar bar = Progress.builder("Over", 2).interval(Duration.ZERO).clock(clock).start();
        bar.step(3);
        assertEquals(3, bar.count());
        assertTrue(notebook.last().plainText().contains("[##############################] 3/2 100%"));
        assertTrue(((String) notebook.last().get(MimeType.HTML)).contains("<progress value=\"2\" max=\"2\""));
    }

    @Test
    void badArgumentsAreRejectedWithClearMessages() {
        IllegalArgumentException total = assertThrows(IllegalArgumentException.class, () -> Progress.bar("Empty", 0));
        assertEquals("a progress bar needs a total of at least 1 step; got 0 for 'Empty'", total.getMessage());

        IllegalArgumentException interval = assertThrows(IllegalArgumentException.class,
                () -> Progress.builder("x", 1).interval(Duration.ofMillis(-1)));
        assertEquals("the redraw interval cannot be negative; got PT-0.001S", interval.getMessage());

        ProgressBar bar = bar("Checks", 5);
        IllegalArgumentException steps = assertThrows(IllegalArgumentException.class, () -> bar.step(-2));
        assertEquals("step(n) counts steps done, so n must be 0 or more; got -2", steps.getMessage());
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class, () -> bar.metric(" ", 1));
        assertEquals("a metric needs a name such as \"loss\"; got ' '", name.getMessage());

        bar.done();
        IllegalStateException done = assertThrows(IllegalStateException.class, bar::step);
        assertEquals("progress bar 'Checks' is already done, so step(...) has nothing to update;"
                + " start a new one with Progress.bar(...)", done.getMessage());
    }

    @Test
    void onAConsoleTheBarIsOneLineOnStandardErrorRedrawnWithCarriageReturns() {
        Display.disconnect();
        String err = StreamCapture.err(() -> {
            ProgressBar bar = Progress.builder("Console", 2).interval(Duration.ZERO).clock(clock).start();
            clock.advanceMillis(1000);
            bar.step();
            clock.advanceMillis(1000);
            bar.metric("loss", 0.5).step();
            bar.done();
        });
        assertTrue(err.startsWith("\rConsole [------------------------------] 0/2 0% | elapsed 0:00"), err);
        assertEquals(4, err.chars().filter(c -> c == '\r').count(), err);
        assertTrue(err.endsWith(System.lineSeparator()), err);
        assertEquals(1, err.chars().filter(c -> c == '\n').count(), err);
        String finalLine = err.substring(err.lastIndexOf('\r') + 1).strip();
        assertEquals("Console [##############################] 2/2 100% | 1.00 steps/s | took 0:02 | loss=0.5000",
                finalLine);
        assertTrue(notebook.shows.isEmpty());
    }
}
