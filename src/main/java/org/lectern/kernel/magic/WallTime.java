package org.lectern.kernel.magic;

import java.time.Duration;
import java.util.Locale;

/** Formats elapsed time the way IPython's {@code %time} does: three significant digits and a unit. */
public final class WallTime {
    private static final String[] UNITS = {"ns", "µs", "ms", "s"};

    private WallTime() {
    }

    /** Returns e.g. {@code 512 ns}, {@code 1.5 µs}, {@code 12.3 ms}, {@code 2.35 s} or {@code 1min 15s}. */
    public static String format(Duration elapsed) {
        long nanos = Math.max(0, elapsed.toNanos());
        if (nanos >= 60_000_000_000L) {
            long seconds = Math.round(nanos / 1e9);
            long hours = seconds / 3600;
            long minutes = seconds % 3600 / 60;
            return (hours > 0 ? hours + "h " : "") + minutes + "min " + seconds % 60 + "s";
        }
        double value = nanos;
        int unit = 0;
        while (unit < UNITS.length - 1 && value >= 999.5) {
            value /= 1000;
            unit++;
        }
        String digits = String.format(Locale.ROOT, "%.3g", value);
        if (digits.contains(".")) {
            digits = digits.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return digits + " " + UNITS[unit];
    }
}
