package org.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lectern.display.MimeBundle;
import org.lectern.display.MimeType;
import org.lectern.display.Renderers;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

class TableRendererTest {
    private final Renderers renderers = PluginRenderers.create();

    private static Table people() {
        return Table.create("People <&>",
                StringColumn.create("name", "<b>Bob</b>", "Al", "Cy"),
                IntColumn.create("age", 42, 7, 19),
                DoubleColumn.create("score", 1.5, Double.NaN, 0.25));
    }

    private static Table numbered(int rows, int columns) {
        Table table = Table.create("Numbers");
        for (int c = 0; c < columns; c++) {
            int column = c;
            table.addColumns(StringColumn.create("c" + c,
                    IntStream.range(0, rows).mapToObj(r -> "r" + r + "c" + column).toArray(String[]::new)));
        }
        return table;
    }

    private static String html(MimeBundle bundle) {
        return (String) bundle.get(MimeType.HTML);
    }

    /** Returns the body rows of an HTML table, each as its list of cell contents. */
    private static List<List<String>> bodyRows(String html) {
        String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        return Pattern.compile("<tr>(.*?)</tr>").matcher(body).results()
                .map(row -> cells(row.group(1), "td"))
                .toList();
    }

    private static List<String> cells(String row, String tag) {
        Matcher cell = Pattern.compile("<" + tag + "(?: [^>]*)?>(.*?)</" + tag + ">").matcher(row);
        return cell.results().map(m -> m.group(1)).toList();
    }

    private static List<String> headerCells(String html) {
        return cells(html.substring(html.indexOf("<thead>"), html.indexOf("</thead>")), "th");
    }

    @Test
    void aTableBecomesHtmlWithCaptionHeaderAndOneRowPerTableRow() {
        MimeBundle bundle = renderers.render(people());
        String html = html(bundle);

        assertTrue(html.contains("<caption>People &lt;&amp;&gt;</caption>"), html);
        assertEquals(List.of("name", "age", "score"), headerCells(html));
        assertEquals(List.of(
                List.of("&lt;b&gt;Bob&lt;/b&gt;", "42", "1.5"),
                List.of("Al", "7", ""),
                List.of("Cy", "19", "0.25")), bodyRows(html));
        assertFalse(html.contains("<b>Bob"));
        assertEquals(Set.of(MimeType.HTML, MimeType.TEXT), bundle.data().keySet());
    }

    @Test
    void numbersAndTheirHeadersAreRightAligned() {
        String html = html(renderers.render(people()));
        assertTrue(html.contains("<th style=\"text-align:right\">age</th>"), html);
        assertTrue(html.contains("<td style=\"text-align:right\">42</td>"), html);
        assertTrue(html.contains("<th>name</th>"), html);
        assertTrue(html.contains("<td>Al</td>"), html);
    }

    @Test
    void cellsUseTheColumnsOwnTablesawFormat() {
        Table table = Table.create("Rates", DoubleColumn.create("rate", 0.125));
        table.doubleColumn("rate").setPrintFormatter(NumberColumnFormatter.percent(1));
        assertEquals(List.of(List.of("12.5%")), bodyRows(html(renderers.render(table))));
    }

    @Test
    void aFormattedColumnWhoseFirstValueLooksUnformattedKeepsItsFormat() {
        // 86.88 prints the same with two decimals as by default; the other values show that the column has a format.
        Table table = Table.create("Accuracy", DoubleColumn.create("mean %", 86.88, 87.913333333, 70.0));
        table.doubleColumn("mean %").setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(2));
        assertEquals(List.of(List.of("86.88"), List.of("87.91"), List.of("70.00")), bodyRows(html(renderers.render(table))));
    }

    @Test
    void unformattedDoublesShowSixSignificantDigitsInHtmlAndText() {
        Table table = Table.create("Timing", DoubleColumn.create("seconds", 0.7311856695, 1234.56789012, 0.0000123456789, 2.0));
        assertEquals(List.of(List.of("0.731186"), List.of("1234.57"), List.of("0.0000123457"), List.of("2")),
                bodyRows(html(renderers.render(table))));
        String text = renderers.render(table).plainText();
        assertTrue(text.contains("0.731186") && !text.contains("0.7311856695"), text);
        assertEquals(0.7311856695, table.doubleColumn("seconds").get(0), "the shown table is a copy; the data keeps its digits");
    }

    @Test
    void aColumnStartingWithAValueTablesawWritesInFullIsRoundedToo() {
        Table table = Table.create("Losses", DoubleColumn.create("loss", 1.0e-10, 0.7311856695));
        assertEquals(List.of(List.of("1E-10"), List.of("0.731186")), bodyRows(html(renderers.render(table))));
    }

    @Test
    void unformattedFloatsShowSixSignificantDigits() {
        Table table = Table.create("Timing", FloatColumn.create("seconds", new float[] {0.73118f, 2f}));
        assertEquals(List.of(List.of("0.73118"), List.of("2")), bodyRows(html(renderers.render(table))));
    }

    @Test
    void theTextFormIsTablesawsOwnPrint() {
        Table table = people();
        assertEquals(table.print(), renderers.render(table).plainText());
    }

    @Test
    void aTableWithoutNameHasNoCaption() {
        String html = html(renderers.render(Table.create(IntColumn.create("x", 1))));
        assertFalse(html.contains("<caption>"), html);
    }

    @Test
    void twentyRowsAreShownWhole() {
        List<List<String>> rows = bodyRows(html(renderers.render(numbered(20, 2))));
        assertEquals(20, rows.size());
        assertEquals(List.of("r19c0", "r19c1"), rows.get(19));
    }

    @Test
    void aLongTableShowsItsFirstAndLastTenRowsAroundAMarker() {
        String html = html(renderers.render(numbered(1000, 2)));
        List<List<String>> rows = bodyRows(html);

        assertEquals(21, rows.size());
        assertEquals(List.of("r0c0", "r0c1"), rows.get(0));
        assertEquals(List.of("r9c0", "r9c1"), rows.get(9));
        assertEquals(List.of("... 980 more rows ..."), rows.get(10));
        assertEquals(List.of("r990c0", "r990c1"), rows.get(11));
        assertEquals(List.of("r999c0", "r999c1"), rows.get(20));
        assertTrue(html.contains("<td colspan=\"2\" style=\"text-align:center\">... 980 more rows ...</td>"), html);
        assertFalse(html.contains("r10c0"));
    }

    @Test
    void oneHiddenRowIsCountedInTheSingular() {
        List<List<String>> rows = bodyRows(html(renderers.render(numbered(21, 1))));
        assertEquals(List.of("... 1 more row ..."), rows.get(10));
    }

    @Test
    void aWideTableShowsItsFirstAndLastTenColumnsAroundAMarker() {
        String html = html(renderers.render(numbered(1, 785)));

        List<String> header = headerCells(html);
        assertEquals(21, header.size());
        assertEquals("c9", header.get(9));
        assertEquals("... 765 more columns ...", header.get(10));
        assertEquals("c775", header.get(11));
        assertEquals("c784", header.get(20));
        List<String> row = bodyRows(html).get(0);
        assertEquals(21, row.size());
        assertEquals("...", row.get(10));
        assertEquals("r0c784", row.get(20));
    }

    @Test
    void theRowMarkerSpansTheColumnMarkerToo() {
        String html = html(renderers.render(numbered(50, 30)));
        assertTrue(html.contains("<td colspan=\"21\" style=\"text-align:center\">... 30 more rows ...</td>"), html);
    }

    @Test
    void anEmptyTableStillHasItsHeader() {
        Table empty = Table.create("Empty", IntColumn.create("x"));
        String html = html(renderers.render(empty));
        assertEquals(List.of("x"), headerCells(html));
        assertEquals(List.of(), bodyRows(html));
    }
}
