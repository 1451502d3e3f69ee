package org.lectern.grading;

import java.util.List;

/**
 * The grade table as CSV (RFC 4180: comma-separated, fields with a comma, quote or line break quoted), one row per
 * student and exercise check: {@code student,notebook,grade_id,points,max_points,status,reason}. Written here in a
 * few lines because the only CSV writer on the class path (Tablesaw's) needs the rows copied into a table first.
 */
public final class GradeCsv {
    /** The header row. */
    public static final List<String> HEADER = List.of("student", "notebook", "grade_id", "points", "max_points",
            "status", "reason");

    private GradeCsv() {
    }

    /** Returns the CSV text of the grade book, header first, lines ending in CRLF as RFC 4180 has them. */
    public static String of(GradeBook book) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (CheckOutcome outcome : book.outcomes()) {
            row(csv, List.of(outcome.student(), outcome.notebook(), outcome.gradeId(), Points.format(outcome.points()),
                    Points.format(outcome.maxPoints()), outcome.status(), outcome.reason()));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
