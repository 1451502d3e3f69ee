package org.lectern.kernel.execution;

import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * JShell's execution engine for cells: runs each snippet in this JVM on the {@link CellWorker}
 * thread and keeps the actual object the snippet produced (JShell itself only keeps its string),
 * so the notebook can render the value of a cell's last expression.
 */
final class CellExecutionControl extends DirectExecutionControl {
    /** Marks "no snippet ran since the last {@link #takeValue()}". */
    static final Object NOTHING = new Object();

    private final CellWorker worker;
    private Object lastValue = NOTHING;

    CellExecutionControl(CellLoaderDelegate loader, CellWorker worker) {
        super(loader);
        this.worker = worker;
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        CellWorker.Result result = worker.run(() -> doit.invoke(null));
        if (result.failure() != null) {
            Throwable failure = result.failure();
            // DirectExecutionControl turns the cause of this into JShell's EvalException.
            throw failure instanceof InvocationTargetException ite ? ite : new InvocationTargetException(failure);
        }
        lastValue = result.value();
        // JShell wants a display string; the notebook renders the object instead, and calling
        // toString() here could be slow or throw.
        return "";
    }

    /** Returns the object the last snippet produced and forgets it, or {@link #NOTHING}. */
    Object takeValue() {
        Object value = lastValue;
        lastValue = NOTHING;
        return value;
    }

    /** Returns a provider that hands JShell this control. */
    ExecutionControlProvider provider() {
        ExecutionControl control = this;
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "lectern";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return control;
            }
        };
    }

    @Override
    public void stop() {
        worker.stop();
    }

    @Override
    public void close() {
        super.close();
        worker.close();
    }
}
