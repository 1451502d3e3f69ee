package org.lectern.lecture;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Our numbers beside the lecture's, one row per measure, as a Tablesaw table for the notebook and
 * as a Markdown table for REPRODUCTION.md. Numbers are written with four significant digits; a
 * measure the lecture does not give shows a dash. The reference column is headed "lecture" unless
 * {@link #reference(String)} names another source, such as the paper a lecture builds on.
 *
 * <pre>{@code
 * LectureComparison.titled("Lecture 17: ours beside the lecture")
 *         .row("MNIST", "classifier, training accuracy (%)", history.last().trainAccuracy(), 91.83)
 *         .table()
 * }</pre>
 */
public final class LectureComparison {
    private static final String NOT_GIVEN = "—";

    private record Row(String group, String measure, double ours, double lecture) {
    }

    private final String title;
    private final List<Row> rows = new ArrayList<>();
    private String reference = "lecture";

    private LectureComparison(String title) {
        this.title = title;
    }

    /** Starts an empty comparison with a title. */
    public static LectureComparison titled(String title) {
        return new LectureComparison(title);
    }

    /** Names the source of the reference numbers, the heading of their column (default "lecture"), e.g. "paper". */
    public LectureComparison reference(String source) {
        if (source == null || source.isBlank() || source.contains("|")) {
            throw new IllegalArgumentException("the reference column needs a heading such as \"paper\" (no '|', it is a "
                    + "Markdown column); got '" + source + "'");
        }
        if (List.of("dataset", "measure", "ours").contains(source)) {
            throw new IllegalArgumentException("'" + source + "' already heads another column; name the reference's source, "
                    + "e.g. \"paper\"");
        }
        this.reference = source;
        return this;
    }

    /** Adds a measure; {@code lecture} is {@code Double.NaN} where the lecture gives no number. */
    public LectureComparison row(String group, String measure, double ours, double lecture) {
        rows.add(new Row(group, measure, ours, lecture));
        return this;
    }

    /** Adds a measure the lecture does not give a number for. */
    public LectureComparison row(String group, String measure, double ours) {
        return row(group, measure, ours, Double.NaN);
    }

    /** Returns the comparison as a table with the columns dataset, measure, ours and the reference (default "lecture"). */
    public Table table() {
        return Table.create(title,
                StringColumn.create("dataset", rows.stream().map(Row::group).toList()),
                StringColumn.create("measure", rows.stream().map(Row::measure).toList()),
                StringColumn.create("ours", rows.stream().map(r -> number(r.ours())).toList()),
                StringColumn.create(reference, rows.stream().map(r -> number(r.lecture())).toList()));
    }

    /** Returns the comparison as a Markdown table (no title line), ready to paste into a report. */
    public String markdown() {
        StringBuilder out = new StringBuilder("| dataset | measure | ours | " + reference + " |\n|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.group()).append(" | ").append(row.measure()).append(" | ")
                    .append(number(row.ours())).append(" | ").append(number(row.lecture())).append(" |\n");
        }
        return out.toString();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? NOT_GIVEN : SignificantDigits.format(value);
    }
}
