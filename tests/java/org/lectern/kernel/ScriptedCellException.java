package org.lectern.kernel;

import java.util.List;
import org.lectern.kernel.execution.CellException;

/** A cell failure with a fixed name, value and traceback, as a real evaluator would format it. */
final class ScriptedCellException extends CellException {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final List<String> traceback;

    ScriptedCellException(String name, String value, List<String> traceback) {
        super(value, null);
        this.name = name;
        this.traceback = List.copyOf(traceback);
    }

    @Override
    public String errorName() {
        return name;
    }

    @Override
    public List<String> traceback() {
        return traceback;
    }
}
