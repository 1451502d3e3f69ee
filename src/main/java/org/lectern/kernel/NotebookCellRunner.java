package org.lectern.kernel;

import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.lectern.display.MimeBundle;
import org.lectern.kernel.execution.CellEvaluator;
import org.lectern.kernel.execution.CellException;
import org.lectern.kernel.output.CellStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one cell with the standard streams pointed at the notebook and turns whatever happens into
 * a {@link Result}: the rendered value, no value, or an error. Nothing a cell throws escapes.
 */
final class NotebookCellRunner {
    private static final Logger LOG = LoggerFactory.getLogger(NotebookCellRunner.class);

    /**
     * What a cell produced.
     *
     * @param value the rendered value of the last expression, or null for none (or on error)
     * @param error the failure, or null if the cell ran
     */
    record Result(MimeBundle value, CellError error) {
        boolean failed() {
            return error != null;
        }
    }

    private final SessionStarter sessions;
    private final CellStreams streams;

    NotebookCellRunner(SessionStarter sessions, CellStreams streams) {
        this.sessions = sessions;
        this.streams = streams;
    }

    /** Runs the cell for the request of {@code env}; stdin reads go to the front end only if it allows them. */
    Result run(String code, ShellReplyEnvironment env, boolean allowStdin) {
        streams.attach(env, allowStdin);
        try {
            NotebookSession session = sessions.await();
            try {
                Object value = session.evaluator().eval(code);
                return new Result(value == CellEvaluator.NO_VALUE ? null : session.renderers().render(value), null);
            } finally {
                importNewPlugins(session);
            }
        } catch (CellException e) {
            return new Result(null, CellError.of(e));
        } catch (Throwable t) {
            LOG.error("A cell failed outside the evaluator's error handling", t);
            return new Result(null, CellError.unexpected(t));
        } finally {
            streams.detach();
        }
    }

    // Plugins found while the cell ran (it added jars) bring imports; run them now that the evaluator is free.
    private static void importNewPlugins(NotebookSession session) {
        for (String target : session.takeNewImports()) {
            try {
                session.evaluator().eval("import " + target + ";");
            } catch (CellException e) {
                System.err.println("Lectern: could not import " + target + " for a newly found plugin: " + e.errorValue());
            }
        }
    }
}
