package org.lectern.kernel;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.lectern.kernel.execution.CellEvaluator;
import org.lectern.kernel.execution.CellException;
import org.lectern.kernel.execution.Completeness;
import org.lectern.kernel.execution.Completion;

/**
 * A test double for the JShell evaluator: each cell source maps to a scripted behaviour.
 * Completion offers words starting with the identifier before the cursor, inspection returns
 * "doc:" plus that identifier, and {@code isComplete} judges by the last character.
 */
final class ScriptedEvaluator implements CellEvaluator {
    /** What a scripted cell does. */
    @FunctionalInterface
    interface Cell {
        Object run() throws CellException;
    }

    static final String BLOCK_UNTIL_INTERRUPTED = "while (true) {}";
    static final List<String> WORDS = List.of("println", "print", "printf", "parseInt");

    private final Map<String, Cell> cells = new ConcurrentHashMap<>();
    private final List<String> evaluated = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<Path>>> classpathListeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger interrupts = new AtomicInteger();
    private volatile CountDownLatch interrupted = new CountDownLatch(1);
    final CountDownLatch blockingCellStarted = new CountDownLatch(1);
    private volatile ClassLoader classLoader = ScriptedEvaluator.class.getClassLoader();

    ScriptedEvaluator() {
        on(BLOCK_UNTIL_INTERRUPTED, () -> {
            blockingCellStarted.countDown();
            try {
                if (!interrupted.await(20, TimeUnit.SECONDS)) {
                    throw new AssertionError("the blocking cell was never interrupted");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new ScriptedCellException("EvaluationInterruptedException", "the cell was interrupted", List.of("interrupted"));
        });
    }

    /** Scripts what running {@code code} does. */
    ScriptedEvaluator on(String code, Cell cell) {
        cells.put(code, cell);
        return this;
    }

    /** Returns every source eval was called with, in order. */
    List<String> evaluated() {
        return evaluated;
    }

    /** Returns how many times interrupt() was called. */
    int interrupts() {
        return interrupts.get();
    }

    /** Makes classLoader() return another loader, as adding jars does. */
    void classLoader(ClassLoader loader) {
        this.classLoader = loader;
    }

    /** Calls the class-path listeners as a %jars magic would. */
    void fireClasspathAdded(List<Path> paths) {
        classpathListeners.forEach(listener -> listener.accept(paths));
    }

    @Override
    public Object eval(String cell) throws CellException {
        evaluated.add(cell);
        Cell scripted = cells.get(cell);
        if (scripted == null) {
            if (cell.startsWith("import ")) {
                return NO_VALUE;
            }
            throw new ScriptedCellException("NoSuchCell", "the test script has no cell '" + cell + "'", List.of());
        }
        return scripted.run();
    }

    @Override
    public void interrupt() {
        interrupts.incrementAndGet();
        interrupted.countDown();
    }

    @Override
    public Completion complete(String code, int cursor) {
        int start = identifierStart(code, cursor);
        String prefix = code.substring(start, cursor);
        return new Completion(WORDS.stream().filter(w -> w.startsWith(prefix)).toList(), start, cursor);
    }

    @Override
    public Optional<String> inspect(String code, int cursor, boolean detail) {
        int start = identifierStart(code, cursor);
        return start == cursor ? Optional.empty() : Optional.of("doc:" + code.substring(start, cursor));
    }

    @Override
    public Completeness isComplete(String code) {
        String trimmed = code.strip();
        if (trimmed.endsWith("{")) {
            return new Completeness(Completeness.Status.INCOMPLETE, "    ");
        }
        if (trimmed.endsWith(";") || trimmed.endsWith("}")) {
            return Completeness.of(Completeness.Status.COMPLETE);
        }
        return Completeness.of(trimmed.contains("@@") ? Completeness.Status.INVALID : Completeness.Status.UNKNOWN);
    }

    private static int identifierStart(String code, int cursor) {
        int start = cursor;
        while (start > 0 && Character.isJavaIdentifierPart(code.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    @Override
    public ClassLoader classLoader() {
        return classLoader;
    }

    @Override
    public List<Path> addedClasspath() {
        return List.of();
    }

    @Override
    public void onClasspathAdded(Consumer<List<Path>> listener) {
        classpathListeners.add(listener);
    }

    @Override
    public void close() {
        cells.clear();
    }
}
