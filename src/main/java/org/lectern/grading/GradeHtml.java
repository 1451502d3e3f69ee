package org.lectern.grading;

import static org.lectern.display.Html.escape;

import java.util.List;
import java.util.Locale;

/**
 * The grade report as one self-contained HTML page (inline style, no scripts, nothing fetched): each student's
 * total, each exercise check's pass rate, then every student's result on every check with the reason it failed.
 */
public final class GradeHtml {
    private static final String STYLE = """
            body { font-family: sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; margin-bottom: 2em; }
            th, td { border: 1px solid #bbb; padding: 0.3em 0.7em; text-align: left; vertical-align: top; }
            th { background: #eee; }
            td.number { text-align: right; font-variant-numeric: tabular-nums; }
            tr.failed td.status { color: #a00; font-weight: bold; }
            tr.passed td.status { color: #060; }
            .bar { display: inline-block; height: 0.8em; background: #4a7; margin-right: 0.5em; }
            """;

    private GradeHtml() {
    }

    /** Returns the page; {@code settings} is one line saying how the notebooks were run (limits, mode). */
    public static String of(GradeBook book, String settings) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Grades</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n<h1>Grades</h1>\n<p>").append(escape(settings))
                .append("</p>\n");
        html.append("<h2>Students</h2>\n");
        table(html, List.of("student", "points", "of", "percent"), () -> {
            for (GradeBook.StudentTotal total : book.studentTotals()) {
                html.append("<tr>").append(cell(total.student())).append(number(Points.format(total.points())))
                        .append(number(Points.format(total.maxPoints())))
                        .append(number(percent(total.maxPoints() == 0 ? 0 : total.points() / total.maxPoints())))
                        .append("</tr>\n");
            }
        });
        html.append("<h2>Exercises</h2>\n");
        table(html, List.of("notebook", "check", "points", "passed", "pass rate"), () -> {
            for (GradeBook.ExerciseRate rate : book.exerciseRates()) {
                html.append("<tr>").append(cell(rate.notebook())).append(cell(rate.gradeId()))
                        .append(number(Points.format(rate.maxPoints())))
                        .append(number(rate.passed() + " of " + rate.graded()))
                        .append("<td><span class=\"bar\" style=\"width:").append(Math.round(rate.rate() * 100) / 10.0)
                        .append("em\"></span>").append(escape(percent(rate.rate()))).append("</td></tr>\n");
            }
        });
        html.append("<h2>Every check</h2>\n");
        table(html, List.of("student", "notebook", "check", "points", "of", "status", "reason"), () -> {
            for (CheckOutcome outcome : book.outcomes()) {
                html.append("<tr class=\"").append(outcome.status()).append("\">").append(cell(outcome.student()))
                        .append(cell(outcome.notebook())).append(cell(outcome.gradeId()))
                        .append(number(Points.format(outcome.points()))).append(number(Points.format(outcome.maxPoints())))
                        .append("<td class=\"status\">").append(outcome.status()).append("</td>")
                        .append(cell(outcome.reason())).append("</tr>\n");
            }
        });
        return html.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, List<String> headers, Runnable rows) {
        html.append("<table>\n<thead><tr>");
        headers.forEach(header -> html.append("<th>").append(escape(header)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        rows.run();
        html.append("</tbody>\n</table>\n");
    }

    private static String cell(String text) {
        return "<td>" + escape(text) + "</td>";
    }

    private static String number(String text) {
        return "<td class=\"number\">" + escape(text) + "</td>";
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
    }
}
