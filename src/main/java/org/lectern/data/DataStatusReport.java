package org.lectern.data;

import java.util.List;

/**
 * Formats the status of data files as a plain-text table for {@code ./lectern setup} and
 * {@code ./lectern doctor}: one block per file with its state, path (or every place looked),
 * expected and actual SHA-256, then a summary line with the fix command when something is wrong.
 */
public final class DataStatusReport {
    private static final String INDENT = "          ";

    private final List<DataFileStatus> statuses;

    /** Creates a report over the given statuses, kept in their order. */
    public DataStatusReport(List<DataFileStatus> statuses) {
        this.statuses = List.copyOf(statuses);
    }

    /** Returns true if every file in the report is verified. */
    public boolean allVerified() {
        return statuses.stream().allMatch(DataFileStatus::verified);
    }

    /** Returns the report as text, one line per fact, ending with a newline. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (DataFileStatus status : statuses) {
            out.append(String.format("%-10s%s%n", status.state(), status.file().relativePath()));
            if (status.found().isPresent()) {
                out.append(INDENT).append("path      ").append(status.found().get()).append('\n');
            } else {
                String label = "looked in ";
                for (DataLocation location : status.searched()) {
                    out.append(INDENT).append(label).append(location).append('\n');
                    label = " ".repeat(label.length());
                }
            }
            out.append(INDENT).append("expected  ").append(status.expectedSha256()).append('\n');
            out.append(INDENT).append("actual    ").append(status.actualSha256().orElse("-")).append('\n');
        }
        long bad = statuses.stream().filter(s -> !s.verified()).count();
        if (bad == 0) {
            out.append("All ").append(statuses.size()).append(" data files verified.\n");
        } else {
            out.append(bad).append(" of ").append(statuses.size())
                    .append(" data files are missing or corrupt. Fix: ").append(DataFiles.SETUP_COMMAND).append('\n');
        }
        return out.toString();
    }
}
