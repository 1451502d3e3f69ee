package org.lectern.data;

/**
 * Thrown when a file is not a well-formed IDX file of the expected kind: wrong magic number,
 * a header that does not fit, a length that disagrees with the header, or broken gzip data.
 * The message starts with the file name and says what is wrong.
 */
public final class IdxFormatException extends RuntimeException {
    /** Creates the exception with a message that names the file and the problem. */
    public IdxFormatException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the lower-level cause (e.g. a gzip error). */
    public IdxFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
