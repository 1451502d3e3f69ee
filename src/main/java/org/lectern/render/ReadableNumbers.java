package org.lectern.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Shows floating-point table cells with six significant digits (0.731186, not 0.7311856695), as
 * pandas does, unless the column already has a format of its own. Written here because the JDK's
 * DecimalFormat counts digits after the point, not significant ones.
 */
final class ReadableNumbers extends NumberFormat {
    static final int DIGITS = 6;
    private static final long serialVersionUID = 1L;

    /**
     * Returns the table as it should be shown: the same table if nothing needs rounding, else a copy
     * whose unformatted double and float columns print with six significant digits.
     */
    static Table forDisplay(Table table) {
        Table shown = null;
        for (int c = 0; c < table.columnCount(); c++) {
            Column<?> column = table.column(c);
            if ((column instanceof DoubleColumn || column instanceof FloatColumn) && printsUnformatted(column)) {
                shown = shown == null ? copyOf(table) : shown;
                NumberColumnFormatter formatter = new NumberColumnFormatter(new ReadableNumbers(), "");
                if (column instanceof DoubleColumn) {
                    shown.doubleColumn(c).setPrintFormatter(formatter);
                } else {
                    shown.floatColumn(c).setPrintFormatter(formatter);
                }
            }
        }
        return shown == null ? table : shown;
    }

    // Column by column: Table.copy() fails in Tablesaw 0.44.4 (its row selection's iterator breaks).
    private static Table copyOf(Table table) {
        Table copy = Table.create(table.name());
        for (Column<?> column : table.columns()) {
            copy.addColumns(column.copy());
        }
        return copy;
    }

    // A column whose every cell prints as Tablesaw's default formatter would has no format chosen by its owner.
    // (Comparing with the raw value instead missed float columns and values Tablesaw writes out in full, such as
    // 1e-10. Every cell, not the first: 86.88 prints the same with two decimals and by default, 87.9133 does not.)
    private static boolean printsUnformatted(Column<?> column) {
        NumberColumnFormatter standard = NumberColumnFormatter.floatingPointDefault();
        standard.setColumnType(column.type());
        boolean any = false;
        for (int row = 0; row < column.size(); row++) {
            if (!column.isMissing(row)) {
                String byDefault = column instanceof FloatColumn floats ? standard.format(floats.getFloat(row))
                        : standard.format(((DoubleColumn) column).getDouble(row));
                if (!column.getString(row).equals(byDefault)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    @Override
    public StringBuffer format(double number, StringBuffer out, FieldPosition position) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return out.append(number);
        }
        BigDecimal rounded = new BigDecimal(number).round(new MathContext(DIGITS)).stripTrailingZeros();
        double magnitude = Math.abs(number);
        return out.append(magnitude == 0 || magnitude >= 1e-4 && magnitude < 1e15 ? rounded.toPlainString() : rounded.toString());
    }

    @Override
    public StringBuffer format(long number, StringBuffer out, FieldPosition position) {
        return out.append(number);
    }

    @Override
    public Number parse(String source, ParsePosition position) {
        throw new UnsupportedOperationException("ReadableNumbers only formats numbers for display");
    }
}
