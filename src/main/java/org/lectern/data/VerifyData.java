package org.lectern.data;

/**
 * Command-line check of every data file, run by {@code ./lectern setup} and {@code ./lectern doctor}:
 * prints the {@link DataStatusReport} and exits 0 if every file is verified, 1 otherwise.
 */
public final class VerifyData {
    private VerifyData() {
    }

    /** Prints the status of every data file and exits 0 if all are verified, 1 if not. */
    public static void main(String[] args) {
        DataStatusReport report = new DataStatusReport(DataFiles.standard().statusOfAll());
        System.out.print(report.text());
        System.exit(report.allVerified() ? 0 : 1);
    }
}
