package org.lectern.optim;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formats numbers for labels and table cells. */
final class Numbers {
    private Numbers() {
    }

    /** Returns a finite number with at most four significant digits and no trailing zeros, e.g. 0.063 or -2.805; NaN and infinities by name. */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value != 0 && (Math.abs(value) < 1e-4 || Math.abs(value) >= 1e7)) {
            return String.format(java.util.Locale.ROOT, "%.3e", value).replaceFirst("\\.?0+e", "e");
        }
        return BigDecimal.valueOf(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
