package org.lectern.kernel.execution;

import java.util.List;

/** A magic was unknown, got bad arguments, or failed; the message says what to do. */
public final class MagicFailedException extends CellException {
    private static final long serialVersionUID = 1L;

    MagicFailedException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String errorName() {
        return "MagicError";
    }

    @Override
    public List<String> traceback() {
        return List.of(Ansi.red("MagicError") + ": " + getMessage());
    }
}
