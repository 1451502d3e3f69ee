package org.lectern.kernel.magic;

import java.nio.file.Path;
import java.util.List;

/** What a running magic may ask of the evaluator that called it. */
public interface MagicContext {

    /** Returned by a magic, and by {@link #eval}, when there is no value to show. */
    Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "NO_VALUE";
        }
    };

    /**
     * Evaluates code (Java snippets and magics) and returns its last value or {@link #NO_VALUE}.
     * When {@code code} is the magic's own argument text or cell body, errors point at the
     * lines of the cell where it stands.
     *
     * @throws Exception the evaluator's own error for code that fails (pass it through)
     */
    Object eval(String code) throws Exception;

    /**
     * Evaluates the contents of a file like a cell; errors name the file and its line numbers.
     *
     * @throws Exception the evaluator's own error for code that fails (pass it through)
     */
    Object evalFile(String fileName, String code) throws Exception;

    /** Adds jars or directories to the class path of the compiler and of cell code. */
    void addToClasspath(List<Path> entries);

    /** Returns the directory that relative paths in magic arguments are resolved against. */
    Path workingDirectory();

    /** Returns the registered magics, e.g. to list them. */
    Magics magics();
}
