package org.lectern.render;

import java.util.stream.IntStream;

/**
 * Which of {@code size} rows (or columns) a preview shows: the first {@code head} and the last
 * {@code tail}, with {@link #hidden()} left out between them.
 */
record Window(int size, int head, int tail) {

    /** Shows everything up to {@code limit}; beyond it, the first {@code head} and the last {@code tail}. */
    static Window of(int size, int limit, int head, int tail) {
        return size <= limit ? new Window(size, size, 0) : new Window(size, head, tail);
    }

    /** Returns true if some are left out. */
    boolean cut() {
        return hidden() > 0;
    }

    /** Returns how many are left out between head and tail. */
    int hidden() {
        return size - head - tail;
    }

    /** Returns the indices shown before the gap. */
    IntStream first() {
        return IntStream.range(0, head);
    }

    /** Returns the indices shown after the gap. */
    IntStream last() {
        return IntStream.range(size - tail, size);
    }

    /** Returns how many are shown. */
    int shown() {
        return head + tail;
    }
}
