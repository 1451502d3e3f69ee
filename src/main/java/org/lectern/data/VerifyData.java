package org.lectern.data;

import java.io.PrintStream;

/**
 * Command-line check of every data file, run by {@code ./lectern setup} and {@code ./lectern doctor}:
 * prints the {@link DataStatusReport} and exits 0 if every file is verified, 1 otherwise.
 * Needs only this package on the class path (no ND4J), so it starts in a fraction of a second.
 */
public final class VerifyData {
    private VerifyData() {
    }

    /** Prints the status of every data file and exits 0 if all are verified, 1 if not. */
    public static void main(String[] args) {
        System.exit(run(DataFiles.standard(), System.out));
    }

    /** Prints the status of every file the resolver knows to {@code out} and returns the exit status: 0 if all are verified, else 1. */
    public static int run(DataFiles files, PrintStream out) {
        DataStatusReport report = new DataStatusReport(files.statusOfAll());
        out.print(report.text());
        out.flush();
        return report.allVerified() ? 0 : 1;
    }
}
