package org.lectern.kernel;

import java.util.List;
import org.lectern.kernel.execution.CellException;

/** Reported for every cell when the evaluator could not be started. */
public final class EvaluatorStartupException extends CellException {
    private static final long serialVersionUID = 1L;

    /** Creates the error for the failure that stopped the evaluator from starting. */
    public EvaluatorStartupException(Throwable cause) {
        super("the Java evaluator could not start: " + cause, cause);
    }

    @Override
    public String errorName() {
        return "EvaluatorStartupException";
    }

    @Override
    public List<String> traceback() {
        return List.of("\u001b[0;31mThe Java evaluator could not start, so no cell can run.\u001b[0m",
                "Cause: " + getCause(),
                "Restart the kernel; if this happens again, run ./lectern doctor.");
    }
}
