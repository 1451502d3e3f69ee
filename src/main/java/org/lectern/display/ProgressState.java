package org.lectern.display;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A snapshot of a progress bar for drawing: how far it is, how long it has run and its latest
 * metrics.
 */
record ProgressState(String label, long count, long total, long elapsedNanos, Map<String, Double> metrics,
                     boolean finished) {

    ProgressState {
        metrics = new LinkedHashMap<>(metrics);
    }

    /** Returns the average rate so far in steps per second, or 0 before the first step. */
    double stepsPerSecond() {
        return count == 0 || elapsedNanos <= 0 ? 0 : count * 1e9 / elapsedNanos;
    }

    /** Returns the estimated seconds left at the average rate, or -1 if no rate is known yet. */
    double secondsLeft() {
        double rate = stepsPerSecond();
        return rate == 0 ? -1 : Math.max(0, total - count) / rate;
    }

    /** Returns the fraction done, between 0 and 1 (a count past the total counts as done). */
    double fraction() {
        return Math.min(1.0, (double) count / total);
    }
}
