package org.lectern.display;

import java.util.function.LongSupplier;

/** A clock that moves only when the test says so. */
final class FakeClock implements LongSupplier {
    private long nanos = 1_000_000_000L;

    @Override
    public long getAsLong() {
        return nanos;
    }

    /** Moves the clock forward. */
    void advanceMillis(double millis) {
        nanos += (long) (millis * 1_000_000);
    }

    /** Moves the clock forward. */
    void advanceNanos(long delta) {
        nanos += delta;
    }
}
