package org.lectern.data;

/**
 * Thrown when a data file is found but its SHA-256 is not the one recorded in {@link DataFile}.
 * The message names the file, both digests and the command that reinstalls it.
 */
public final class DataFileCorruptException extends RuntimeException {
    private final transient DataFileStatus status;

    /** Creates the exception for a status whose state is CORRUPT. */
    public DataFileCorruptException(DataFileStatus status) {
        super(message(status));
        this.status = status;
    }

    /** Returns the status that caused the exception, with the path and both digests. */
    public DataFileStatus status() {
        return status;
    }

    private static String message(DataFileStatus status) {
        String found = status.found().map(DataLocation::toString).orElse("?");
        String fix = "Fix: " + DataFiles.SETUP_COMMAND;
        if (status.found().map(l -> l.origin().equals(DataFiles.LECTERN_DATA_ORIGIN)).orElse(false)) {
            // Setup installs into the user data dir, which $LECTERN_DATA shadows.
            fix += ", then delete or replace this file: $" + DataEnvironment.DATA_ENV + " is searched first";
        }
        return "Data file " + status.file().relativePath() + " is corrupt: " + found + "\n"
                + "  expected SHA-256 " + status.expectedSha256() + "\n"
                + "  actual SHA-256   " + status.actualSha256().orElse("?") + "\n"
                + fix;
    }
}
