package org.lectern.display;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A running progress bar: step count (k/N), percentage, rate, elapsed time, ETA and the latest
 * metrics. In a notebook it is one HTML output replaced in place; on a console one line on
 * {@code System.err} redrawn with {@code \r}. Redraws are rate-limited (at most one per interval,
 * 200 ms by default); the first and the final state are always drawn. Create one with
 * {@link Progress#bar} or {@link Progress#builder}; closing it draws the final state.
 *
 * <pre>{@code
 * try (ProgressBar bar = Progress.bar("Training", 1000)) {
 *     for (int i = 0; i < 1000; i++) {
 *         double loss = trainOneBatch();
 *         bar.metric("loss", loss).step();
 *     }
 * }
 * }</pre>
 */
public final class ProgressBar implements AutoCloseable {
    private final String label;
    private final long total;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final ProgressOutput output;
    private final long startNanos;
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private long lastDrawNanos;
    private long count;
    private boolean finished;

    ProgressBar(String label, long total, long intervalNanos, LongSupplier clock, ProgressOutput output) {
        this.label = label;
        this.total = total;
        this.intervalNanos = intervalNanos;
        this.clock = clock;
        this.output = output;
        this.startNanos = clock.getAsLong();
        this.lastDrawNanos = startNanos;
        output.draw(state(startNanos));
    }

    /** Counts one step done; redraws if the redraw interval has passed. */
    public ProgressBar step() {
        return step(1);
    }

    /** Counts {@code steps} steps done (zero or more); redraws if the redraw interval has passed. */
    public synchronized ProgressBar step(long steps) {
        requireRunning("step");
        if (steps < 0) {
            throw new IllegalArgumentException("step(n) counts steps done, so n must be 0 or more; got " + steps);
        }
        count += steps;
        long now = clock.getAsLong();
        if (now - lastDrawNanos >= intervalNanos) {
            lastDrawNanos = now;
            output.draw(state(now));
        }
        return this;
    }

    /** Sets the latest value of a metric such as {@code "loss"}; it shows from the next redraw on. */
    public synchronized ProgressBar metric(String name, double value) {
        requireRunning("metric");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a metric needs a name such as \"loss\"; got '" + name + "'");
        }
        metrics.put(name, value);
        return this;
    }

    /** Sets the latest values of several metrics, in the map's order; they show from the next redraw on. */
    public synchronized ProgressBar metrics(Map<String, ? extends Number> values) {
        Objects.requireNonNull(values, "values");
        values.forEach((name, value) -> metric(name, Objects.requireNonNull(value, () -> "metric " + name).doubleValue()));
        return this;
    }

    /** Returns the number of steps counted so far. */
    public synchronized long count() {
        return count;
    }

    /** Finishes the bar: draws the final state (and ends the console line); later calls do nothing. */
    public synchronized void done() {
        if (finished) {
            return;
        }
        finished = true;
        output.finish(state(clock.getAsLong()));
    }

    /** Same as {@link #done()}, so a try-with-resources block finishes the bar even when a step throws. */
    @Override
    public void close() {
        done();
    }

    private ProgressState state(long now) {
        return new ProgressState(label, count, total, now - startNanos, metrics, finished);
    }

    private void requireRunning(String method) {
        if (finished) {
            throw new IllegalStateException("progress bar '" + label + "' is already done, so " + method
                    + "(...) has nothing to update; start a new one with Progress.bar(...)");
        }
    }
}
