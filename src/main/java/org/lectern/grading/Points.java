package org.lectern.grading;

import java.math.BigDecimal;

/** Writes points as a person would: 2, not 2.0; 0.5 as it is. */
final class Points {
    private Points() {
    }

    /** Returns the points without a trailing ".0". */
    static String format(double points) {
        return BigDecimal.valueOf(points).stripTrailingZeros().toPlainString();
    }
}
