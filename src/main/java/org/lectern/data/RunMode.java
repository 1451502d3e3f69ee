package org.lectern.data;

import java.util.Locale;
import java.util.Map;

/**
 * Whether a notebook runs on everything (full) or on a small slice that finishes in CI (quick).
 *
 * <p>Quick mode is on when the environment variable {@value #ENV} is {@code 1}, {@code true} or
 * {@code yes} (any case); it is off when the variable is unset, empty, {@code 0}, {@code false}
 * or {@code no}. Any other value is an error, so a typo never silently runs the full lecture.
 *
 * <p>What quick mode shrinks:
 * <ul>
 *   <li>datasets: the first {@value #QUICK_TRAIN_EXAMPLES} training and the first
 *       {@value #QUICK_TEST_EXAMPLES} test images (full: all 60000 / 10000 of MNIST and Fashion-MNIST);</li>
 *   <li>epochs and other counts: whatever a notebook passes to {@link #epochs(int, int)} or
 *       {@link #choose(int, int)}.</li>
 * </ul>
 *
 * <pre>{@code
 * int epochs = RunMode.epochs(30, 2);          // 30 in full mode, 2 in quick mode
 * System.out.println(RunMode.current());       // FULL or QUICK
 * }</pre>
 */
public enum RunMode {
    /** Every example and the lecture's own epoch counts. */
    FULL,
    /** A small, fixed slice of the data and few epochs, so a notebook runs in CI in minutes. */
    QUICK;

    /** The environment variable that switches quick mode on. */
    public static final String ENV = "LECTERN_QUICK";
    /** How many training examples a dataset keeps in quick mode: the first ones in file order. */
    public static final int QUICK_TRAIN_EXAMPLES = 5000;
    /** How many test examples a dataset keeps in quick mode: the first ones in file order. */
    public static final int QUICK_TEST_EXAMPLES = 1000;

    /** Returns the mode this JVM runs in, from the {@value #ENV} environment variable. */
    public static RunMode current() {
        return fromEnvironment(System.getenv());
    }

    /**
     * Returns the mode that the given environment selects.
     *
     * @throws IllegalArgumentException if {@value #ENV} holds a value that is neither on nor off
     */
    public static RunMode fromEnvironment(Map<String, String> environment) {
        String value = environment.get(ENV);
        if (value == null) {
            return FULL;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes" -> QUICK;
            case "", "0", "false", "no" -> FULL;
            default -> throw new IllegalArgumentException(ENV + "=" + value + " is not understood: use "
                    + ENV + "=1 (or true/yes) for quick mode, " + ENV + "=0 (or false/no, or unset) for full mode");
        };
    }

    /** Returns the number of epochs for the current mode: {@code full} or {@code quick}. */
    public static int epochs(int full, int quick) {
        return current().choose(full, quick);
    }

    /** Returns true in quick mode. */
    public boolean isQuick() {
        return this == QUICK;
    }

    /** Returns {@code full} in full mode and {@code quick} in quick mode. */
    public int choose(int full, int quick) {
        return isQuick() ? quick : full;
    }

    /** Returns {@code full} in full mode and {@code quick} in quick mode. */
    public <T> T choose(T full, T quick) {
        return isQuick() ? quick : full;
    }

    /** Returns how many training examples a dataset keeps: all in full mode, {@value #QUICK_TRAIN_EXAMPLES} in quick. */
    public int trainExamples(int available) {
        return isQuick() ? Math.min(available, QUICK_TRAIN_EXAMPLES) : available;
    }

    /** Returns how many test examples a dataset keeps: all in full mode, {@value #QUICK_TEST_EXAMPLES} in quick. */
    public int testExamples(int available) {
        return isQuick() ? Math.min(available, QUICK_TEST_EXAMPLES) : available;
    }
}
