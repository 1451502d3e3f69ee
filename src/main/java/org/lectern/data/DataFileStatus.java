package org.lectern.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the resolver found for one data file: whether it is there and intact, where, and the
 * digests compared. Produced by {@link DataFiles#status(DataFile)}.
 *
 * @param file      the file asked about
 * @param state     VERIFIED, CORRUPT or MISSING
 * @param found     the first place the file was found, empty when missing
 * @param actualSha256 the digest of the file found, empty when missing
 * @param searched  every place looked, in order, each with the reason it is searched
 */
public record DataFileStatus(DataFile file, State state, Optional<DataLocation> found, Optional<String> actualSha256,
                             List<DataLocation> searched) {

    /** The outcome of looking for a data file. */
    public enum State {
        /** Found, and its SHA-256 matches. */
        VERIFIED,
        /** Found, but its SHA-256 differs: damaged, truncated, or another version. */
        CORRUPT,
        /** Not in any of the places searched. */
        MISSING
    }

    /** Copies the list of places and checks that the fields agree with the state. */
    public DataFileStatus {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(state, "state");
        searched = List.copyOf(searched);
        if (found.isPresent() != (state != State.MISSING) || actualSha256.isPresent() != found.isPresent()) {
            throw new IllegalArgumentException("a " + state + " status needs a path and a digest exactly when found");
        }
    }

    /** Returns the SHA-256 the file must have. */
    public String expectedSha256() {
        return file.sha256();
    }

    /** Returns true if the file was found and its digest matches. */
    public boolean verified() {
        return state == State.VERIFIED;
    }

    /** Returns the path of the file found, if it was found. */
    public Optional<Path> path() {
        return found.map(DataLocation::file);
    }
}
