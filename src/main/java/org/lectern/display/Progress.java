package org.lectern.display;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Starts progress bars for long loops: {@code Progress.bar("Training", steps)} for the usual
 * case, {@code Progress.builder(...)} to change the redraw interval or the clock.
 *
 * <pre>{@code
 * try (ProgressBar bar = Progress.builder("Epoch 1", batches).interval(Duration.ofSeconds(1)).start()) {
 *     ...
 * }
 * }</pre>
 */
public final class Progress {
    /** The default shortest time between two redraws. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMillis(200);

    private Progress() {
    }

    /** Starts and draws a progress bar over {@code total} steps with the default settings. */
    public static ProgressBar bar(String label, long total) {
        return builder(label, total).start();
    }

    /** Returns a builder for a progress bar over {@code total} steps (at least 1). */
    public static Builder builder(String label, long total) {
        return new Builder(label, total);
    }

    /** Settings for a progress bar; {@link #start()} draws it and starts its clock. */
    public static final class Builder {
        private final String label;
        private final long total;
        private Duration interval = DEFAULT_INTERVAL;
        private LongSupplier clock = System::nanoTime;

        private Builder(String label, long total) {
            this.label = Objects.requireNonNull(label, "label");
            if (total < 1) {
                throw new IllegalArgumentException("a progress bar needs a total of at least 1 step; got " + total
                        + " for '" + label + "'");
            }
            this.total = total;
        }

        /** Sets the shortest time between two redraws (zero redraws at every step); the default is 200 ms. */
        public Builder interval(Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative()) {
                throw new IllegalArgumentException("the redraw interval cannot be negative; got " + interval);
            }
            this.interval = interval;
            return this;
        }

        /** Sets the clock, a source of nanoseconds like {@code System::nanoTime} (tests pass a fake one). */
        public Builder clock(LongSupplier nanos) {
            this.clock = Objects.requireNonNull(nanos, "nanos");
            return this;
        }

        /** Draws the bar at 0 steps, as HTML in a notebook or as a line on System.err, and returns it. */
        public ProgressBar start() {
            ProgressOutput output = Display.isRich()
                    ? new NotebookProgressOutput()
                    : new ConsoleProgressOutput(() -> System.err);
            return new ProgressBar(label, total, interval.toNanos(), clock, output);
        }
    }
}
