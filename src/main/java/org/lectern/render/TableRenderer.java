package org.lectern.render;

import java.util.function.IntFunction;
import org.lectern.display.Html;
import org.lectern.display.MimeType;
import org.lectern.display.RenderContext;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Renders a Tablesaw table as an HTML table (caption = table name, header row, escaped cells
 * in Tablesaw's own cell format, numbers right-aligned) plus Tablesaw's own text print;
 * floating-point columns without a format of their own show six significant digits.
 * Long tables show the first and last {@value #EDGE_ROWS} rows once they pass {@value #MAX_ROWS}
 * rows, as Tablesaw's print does; wide tables likewise show the first and last
 * {@value #EDGE_COLUMNS} columns once they pass {@value #MAX_COLUMNS} columns.
 */
final class TableRenderer {
    /** Tables up to this many rows are shown whole (Tablesaw's print shows 20). */
    static final int MAX_ROWS = 20;
    /** Rows shown at each end of a longer table. */
    static final int EDGE_ROWS = 10;
    /** Tables up to this many columns are shown whole; wider ones would not fit a notebook. */
    static final int MAX_COLUMNS = 20;
    /** Columns shown at each end of a wider table. */
    static final int EDGE_COLUMNS = 10;

    private static final String RIGHT = " style=\"text-align:right\"";

    private TableRenderer() {
    }

    /** Writes the HTML table when wanted, and Tablesaw's text print. */
    static void render(Table table, RenderContext out) {
        Table shown = ReadableNumbers.forDisplay(table);
        if (out.wants(MimeType.HTML)) {
            out.put(MimeType.HTML, html(shown));
        }
        out.put(MimeType.TEXT, shown.print(MAX_ROWS));
    }

    /** Returns the table as HTML, shortened as the class description says. */
    static String html(Table table) {
        Window rows = Window.of(table.rowCount(), MAX_ROWS, EDGE_ROWS, EDGE_ROWS);
        Window columns = Window.of(table.columnCount(), MAX_COLUMNS, EDGE_COLUMNS, EDGE_COLUMNS);
        StringBuilder html = new StringBuilder("<table class=\"lectern-table\">\n");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<caption>").append(Html.escape(table.name())).append("</caption>\n");
        }
        html.append("<thead><tr>");
        appendCells(html, columns, "th", c -> Html.escape(table.column(c).name()), table,
                "... " + more(columns.hidden(), "column") + " ...");
        html.append("</tr></thead>\n<tbody>\n");
        rows.first().forEach(r -> appendRow(html, table, columns, r));
        if (rows.cut()) {
            int span = columns.shown() + (columns.cut() ? 1 : 0);
            html.append("<tr><td colspan=\"").append(span).append("\" style=\"text-align:center\">... ")
                    .append(more(rows.hidden(), "row")).append(" ...</td></tr>\n");
        }
        rows.last().forEach(r -> appendRow(html, table, columns, r));
        return html.append("</tbody>\n</table>").toString();
    }

    private static void appendRow(StringBuilder html, Table table, Window columns, int row) {
        html.append("<tr>");
        appendCells(html, columns, "td", c -> Html.escape(table.column(c).getString(row)), table, "...");
        html.append("</tr>\n");
    }

    private static void appendCells(StringBuilder html, Window columns, String tag, IntFunction<String> content,
                                    Table table, String gap) {
        columns.first().forEach(c -> appendCell(html, tag, table.column(c), content.apply(c)));
        if (columns.cut()) {
            html.append('<').append(tag).append('>').append(gap).append("</").append(tag).append('>');
        }
        columns.last().forEach(c -> appendCell(html, tag, table.column(c), content.apply(c)));
    }

    private static void appendCell(StringBuilder html, String tag, Column<?> column, String content) {
        html.append('<').append(tag).append(column instanceof NumericColumn<?> ? RIGHT : "").append('>')
                .append(content).append("</").append(tag).append('>');
    }

    private static String more(int count, String noun) {
        return count + " more " + noun + (count == 1 ? "" : "s");
    }
}
