package org.lectern.kernel.magic;

/** A magic was misused or failed; the message says what went wrong and what to do. */
public class MagicException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with the message shown to the user. */
    public MagicException(String message) {
        super(message);
    }

    /** Creates the exception with the message shown to the user and the underlying cause. */
    public MagicException(String message, Throwable cause) {
        super(message, cause);
    }
}
