package org.lectern.kernel;

import org.lectern.kernel.execution.CellException;

/** Thrown by {@link LecternKernel#evalRaw} (whose signature allows no checked exception) when code fails. */
public final class CellFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Wraps the evaluator's error. */
    public CellFailedException(CellException cause) {
        super(cause.errorName() + ": " + cause.errorValue(), cause);
    }

    /** Returns the evaluator's error. */
    public CellException cellException() {
        return (CellException) getCause();
    }
}
