package org.lectern.lecture;

import java.math.BigDecimal;
import java.math.MathContext;

/** Writes measured numbers as a reader compares them: four significant digits, no trailing zeros. */
final class SignificantDigits {
    private SignificantDigits() {
    }

    /** Returns e.g. 0.0654, 91.83, 90, 1.5E-7; NaN and infinities as Java writes them. */
    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
        return Math.abs(value) >= 1e-4 && Math.abs(value) < 1e9 || value == 0 ? rounded.toPlainString() : rounded.toString();
    }
}
