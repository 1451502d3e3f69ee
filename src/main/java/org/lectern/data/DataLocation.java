package org.lectern.data;

import java.nio.file.Path;

/**
 * One place a data file may be, with the reason it is searched, for messages such as
 * "{@code /data/mnist/train-images-idx3-ubyte ($LECTERN_DATA)}".
 *
 * @param file   the full path the file would have
 * @param origin why this place is searched: {@code $LECTERN_DATA}, {@code user data dir} or {@code system path}
 */
public record DataLocation(Path file, String origin) {
    /** Returns {@code file (origin)}. */
    @Override
    public String toString() {
        return file + " (" + origin + ")";
    }
}
