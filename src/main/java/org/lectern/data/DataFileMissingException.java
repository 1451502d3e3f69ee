package org.lectern.data;

import java.util.stream.Collectors;

/**
 * Thrown when a data file is in none of the places searched. The message names the file, every
 * place looked and the command that installs it.
 */
public final class DataFileMissingException extends RuntimeException {
    private final transient DataFileStatus status;

    /** Creates the exception for a status whose state is MISSING. */
    public DataFileMissingException(DataFileStatus status) {
        super(message(status));
        this.status = status;
    }

    /** Returns the status that caused the exception, with the places searched. */
    public DataFileStatus status() {
        return status;
    }

    private static String message(DataFileStatus status) {
        DataFile file = status.file();
        return "Data file " + file.relativePath() + " is missing (it comes from the " + file.origin()
                + "). Looked in:\n"
                + status.searched().stream().map(l -> "  " + l).collect(Collectors.joining("\n"))
                + "\nFix: " + DataFiles.SETUP_COMMAND;
    }
}
