package org.lectern.optim;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Prints the race tables' numbers with four significant digits, in scientific notation when very
 * small or very large (a loss of 1e-35 or 1e308 would otherwise print as hundreds of digits).
 */
final class TableNumbers extends NumberFormat {
    private static final long serialVersionUID = 1L;

    private TableNumbers() {
    }

    /** Returns the column with this format. */
    static DoubleColumn applied(DoubleColumn column) {
        column.setPrintFormatter(new NumberColumnFormatter(new TableNumbers(), ""));
        return column;
    }

    @Override
    public StringBuffer format(double number, StringBuffer out, FieldPosition position) {
        return out.append(Numbers.format(number));
    }

    @Override
    public StringBuffer format(long number, StringBuffer out, FieldPosition position) {
        return out.append(number);
    }

    @Override
    public Number parse(String source, ParsePosition position) {
        throw new UnsupportedOperationException("TableNumbers only formats numbers for display");
    }
}
