package org.lectern.data;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Command-line check of the data files, run by {@code ./lectern setup} and {@code ./lectern doctor}:
 * prints the {@link DataStatusReport} and exits 0 if every file checked is verified, 1 otherwise.
 * With no arguments it checks every file; arguments name data directories ({@code mnist},
 * {@code skimage}, ...) to check only their files, so setup installs just the dataset that is missing.
 * Needs only this package on the class path (no ND4J), so it starts in a fraction of a second.
 *
 * <pre>{@code
 * java -cp lectern.jar org.lectern.data.VerifyData           # every file
 * java -cp lectern.jar org.lectern.data.VerifyData skimage   # only skimage/astronaut.png
 * }</pre>
 */
public final class VerifyData {
    /** The exit status for a directory name that no data file has. */
    public static final int USAGE_ERROR = 2;

    private VerifyData() {
    }

    /** Prints the status of the files in the named data directories (all files if none) and exits 0, 1 or 2. */
    public static void main(String[] args) {
        System.exit(run(DataFiles.standard(), List.of(args), System.out, System.err));
    }

    /** Prints the status of every file the resolver knows to {@code out} and returns the exit status: 0 if all are verified, else 1. */
    public static int run(DataFiles files, PrintStream out) {
        return run(files, List.of(), out, System.err);
    }

    /**
     * Prints the status of the files in the given data directories (every file when the list is
     * empty) to {@code out} and returns 0 if all are verified, 1 if not, and {@value #USAGE_ERROR}
     * after naming the known directories on {@code err} if a directory is unknown.
     */
    public static int run(DataFiles files, List<String> directories, PrintStream out, PrintStream err) {
        Set<String> known = new TreeSet<>();
        Arrays.stream(DataFile.values()).forEach(f -> known.add(f.directory()));
        List<String> unknown = directories.stream().filter(d -> !known.contains(d)).toList();
        if (!unknown.isEmpty()) {
            err.println("VerifyData: no data directory named " + String.join(", ", unknown)
                    + "; known: " + String.join(", ", known) + " (or no argument for all)");
            err.flush();
            return USAGE_ERROR;
        }
        List<DataFileStatus> statuses = Arrays.stream(DataFile.values())
                .filter(f -> directories.isEmpty() || directories.contains(f.directory()))
                .map(files::status)
                .toList();
        DataStatusReport report = new DataStatusReport(statuses);
        out.print(report.text());
        out.flush();
        return report.allVerified() ? 0 : 1;
    }
}
