package org.lectern.lecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A lecture's claims that come without numbers, each beside the evidence of this run and whether
 * the evidence supports it, as a Tablesaw table for the notebook and a Markdown table for
 * REPRODUCTION.md. The notebook computes the verdict from its own numbers, so a quick run that
 * comes out differently says so.
 *
 * <pre>{@code
 * LectureClaims.titled("The lecture's claims, checked")
 *         .claim("pretraining + fine-tuning beats training from scratch on 500 labels",
 *                 "fine-tuned 90.3 % vs from scratch 85.7 % (mean of 3 seeds)", gain > 0)
 *         .table()
 * }</pre>
 */
public final class LectureClaims {
    /** The verdict of a claim the evidence supports. */
    public static final String SUPPORTED = "yes";
    /** The verdict of a claim the evidence does not support. */
    public static final String NOT_SUPPORTED = "no";

    private record Row(String claim, String evidence, boolean supported) {
    }

    private final String title;
    private final List<Row> rows = new ArrayList<>();

    private LectureClaims(String title) {
        this.title = title;
    }

    /** Starts an empty list of claims with a title. */
    public static LectureClaims titled(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a list of claims needs a title, e.g. \"The lecture's claims, checked\"");
        }
        return new LectureClaims(title);
    }

    /** Adds a claim (the lecture's words or a close paraphrase), this run's evidence, and whether it supports the claim. */
    public LectureClaims claim(String claim, String evidence, boolean supported) {
        rows.add(new Row(text(claim, "claim"), text(evidence, "evidence"), supported));
        return this;
    }

    /** Returns the claims as a table with the columns claim, our evidence, supported here. */
    public Table table() {
        return Table.create(title,
                StringColumn.create("claim", rows.stream().map(Row::claim).toList()),
                StringColumn.create("our evidence", rows.stream().map(Row::evidence).toList()),
                StringColumn.create("supported here", rows.stream().map(LectureClaims::verdict).toList()));
    }

    /** Returns the claims as a Markdown table (no title line), ready to paste into a report. */
    public String markdown() {
        StringBuilder out = new StringBuilder("| claim | our evidence | supported here |\n|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.claim()).append(" | ").append(row.evidence()).append(" | ")
                    .append(verdict(row)).append(" |\n");
        }
        return out.toString();
    }

    /** Returns how many claims the evidence supports. */
    public int supported() {
        return (int) rows.stream().filter(Row::supported).count();
    }

    /** Returns how many claims there are. */
    public int size() {
        return rows.size();
    }

    private static String verdict(Row row) {
        return row.supported() ? SUPPORTED : NOT_SUPPORTED;
    }

    private static String text(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is empty; write it out");
        }
        return value;
    }
}
