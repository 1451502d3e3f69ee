package org.lectern.kernel.execution;

import java.util.ArrayList;
import java.util.List;

/** The cell was stopped by {@link CellEvaluator#interrupt()}; the traceback shows where it was. */
public final class CellInterruptedException extends CellException {
    private static final long serialVersionUID = 1L;

    private final List<String> traceback;

    /** @param stoppedAt formatted frames of where the cell was running, possibly none */
    CellInterruptedException(List<String> stoppedAt) {
        super("Cell interrupted", null);
        List<String> lines = new ArrayList<>();
        lines.add(Ansi.red("Cell interrupted") + ": the kernel stopped this cell on request;"
                + " variables set before the stop keep their values.");
        if (!stoppedAt.isEmpty()) {
            lines.add("Stopped at:");
            lines.addAll(stoppedAt);
        }
        this.traceback = List.copyOf(lines);
    }

    @Override
    public String errorName() {
        return "CellInterrupted";
    }

    @Override
    public List<String> traceback() {
        return traceback;
    }
}
