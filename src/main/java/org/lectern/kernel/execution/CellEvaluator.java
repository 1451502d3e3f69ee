package org.lectern.kernel.execution;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs notebook cells and answers questions about code; the Jupyter protocol layer talks to
 * nothing else. Implementations keep state between cells (variables, methods, imports).
 */
public interface CellEvaluator extends AutoCloseable {

    /** Returned by {@link #eval} when a cell's last snippet has no value to show. */
    Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "NO_VALUE";
        }
    };

    /**
     * Evaluates a whole cell (Java snippets and magics) and returns the value of its last
     * expression, or {@link #NO_VALUE}.
     *
     * @throws CellException the cell did not compile, threw, was interrupted or misused a magic
     */
    Object eval(String cell) throws CellException;

    /** Stops the cell now running, if any; safe to call from any thread. */
    void interrupt();

    /** Returns completions for the code at the cursor (a character offset into {@code code}). */
    Completion complete(String code, int cursor);

    /** Returns documentation or the signature of what is at the cursor, as plain text, if any. */
    Optional<String> inspect(String code, int cursor, boolean detail);

    /** Tells whether {@code code} can run as it is, needs more lines, or cannot compile. */
    Completeness isComplete(String code);

    /** Returns the class loader that cell code is loaded by (it sees jars added at run time). */
    ClassLoader classLoader();

    /** Returns every class path entry added at run time, in order. */
    List<Path> addedClasspath();

    /** Registers a callback run after jars are added to the class path (by a magic or the API). */
    void onClasspathAdded(Consumer<List<Path>> listener);

    /** Releases the evaluator; later calls fail. */
    @Override
    void close();
}
