package org.lectern.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes every sample of a run as CSV, one row per workload, side, kind and repetition, so that
 * any statistic in the report can be recomputed. An unmeasured loss or garbage-collection count is an empty cell.
 */
final class CsvReport {
    /** The header row. */
    static final String HEADER = "workload,side,kind,repetition,images,seconds,loss,rss_mib,peak_rss_mib,jvm_gcs";

    private CsvReport() {
    }

    /** Returns the CSV text, header first, lines ending in a line feed. */
    static String render(List<Sample> samples) {
        return samples.stream().map(CsvReport::row).collect(Collectors.joining("\n", HEADER + "\n", "\n"));
    }

    private static String row(Sample s) {
        return String.join(",", cell(s.workload()), s.side().id(), s.kind().id(), String.valueOf(s.repetition()),
                String.valueOf(s.images()), String.format(Locale.ROOT, "%.6f", s.seconds()),
                Double.isNaN(s.loss()) ? "" : String.valueOf(s.loss()),
                String.format(Locale.ROOT, "%.1f", s.memory().rssMib()),
                String.format(Locale.ROOT, "%.1f", s.memory().peakMib()), s.jvmGcs() < 0 ? "" : String.valueOf(s.jvmGcs()));
    }

    /** Quotes a cell that holds a comma, a quote or a line break (RFC 4180). */
    static String cell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
