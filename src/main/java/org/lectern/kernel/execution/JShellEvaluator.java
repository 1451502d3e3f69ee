package org.lectern.kernel.execution;

import jdk.jshell.JShell;

import org.lectern.kernel.magic.Magics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Evaluates cells with JShell inside this JVM, so objects stay live between cells and the last
 * expression's actual object is returned for rendering. Cell code runs on one dedicated thread
 * whose context class loader sees jars added at run time; {@code System.exit} in a cell is
 * refused. One cell runs at a time; {@link #interrupt()} may be called from any thread.
 *
 * <pre>{@code
 * JShellEvaluator evaluator = JShellEvaluator.builder()
 *         .imports("static org.lectern.display.Display.*")
 *         .build();
 * Object value = evaluator.eval("var xs = List.of(1, 2, 3);\nxs.size()");   // 3
 * }</pre>
 */
public final class JShellEvaluator implements CellEvaluator {
    /** The imports the {@code jshell} tool starts with; every evaluator has them unless told otherwise. */
    public static final List<String> JSHELL_DEFAULT_IMPORTS = List.of("java.io.*", "java.math.*", "java.net.*",
            "java.nio.file.*", "java.util.*", "java.util.concurrent.*", "java.util.function.*",
            "java.util.prefs.*", "java.util.regex.*", "java.util.stream.*");

    private final ReentrantLock lock = new ReentrantLock();
    private final JShell shell;
    private final CellWorker worker;
    private final CellLoaderDelegate loader;
    private final CellExecutionControl control;
    private final Magics magics;
    private final Path workingDirectory;
    private final List<String> imports;
    private final List<String> startupWarnings = new ArrayList<>();
    private final List<Path> added = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<Path>>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean interruptRequested;
    private volatile Thread blockingMagicThread;
    private volatile boolean closed;
    private Session session;
    private long cellCount;

    JShellEvaluator(JShellEvaluatorBuilder builder) {
        this.magics = builder.magics;
        this.workingDirectory = builder.workingDirectory.toAbsolutePath().normalize();
        this.imports = List.copyOf(builder.imports);
        this.loader = new CellLoaderDelegate(builder.parentClassLoader);
        this.worker = new CellWorker(loader.classLoader());
        this.control = new CellExecutionControl(loader, worker);
        this.shell = JShell.builder()
                .executionEngine(control.provider(), Map.of())
                .compilerOptions(builder.compilerOptions.toArray(String[]::new))
                .build();
        if (builder.exitGuard) {
            ExitGuard.install();
        }
        for (Path entry : builder.classpath) {
            Path path = entry.toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                startupWarnings.add("Warning: the class path entry " + path + " does not exist");
            }
            shell.addToClasspath(path.toString());
            added.add(path);
        }
        Thread warmUp = new Thread(this::warmUp, "lectern-jshell-warmup");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Returns a builder with JShell's default imports, the JVM's class path and the standard magics. */
    public static JShellEvaluatorBuilder builder() {
        return new JShellEvaluatorBuilder();
    }

    @Override
    public Object eval(String cell) throws CellException {
        Objects.requireNonNull(cell, "cell");
        if (worker.runsOnCurrentThread()) {
            // Called from cell code: the outer eval holds the lock and waits for this thread.
            return session.runner().run(SourceUnit.file("evaluated code", cell, cellCount), 0, cell.length(), cellCount);
        }
        lock.lock();
        try {
            requireOpen();
            start();
            interruptRequested = false;
            worker.reset();
            startupWarnings.forEach(System.err::println);
            startupWarnings.clear();
            long number = ++cellCount;
            return session.runner().run(SourceUnit.cell(cell, number), 0, cell.length(), number);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void interrupt() {
        interruptRequested = true;
        Thread magic = blockingMagicThread;
        if (magic != null) {
            magic.interrupt();
        }
        worker.stop();
    }

    @Override
    public Completion complete(String code, int cursor) {
        return withShell(() -> session.assist().complete(code, cursor));
    }

    @Override
    public Optional<String> inspect(String code, int cursor, boolean detail) {
        return withShell(() -> session.assist().inspect(code, cursor, detail));
    }

    @Override
    public Completeness isComplete(String code) {
        return withShell(() -> session.completeness().check(code));
    }

    @Override
    public ClassLoader classLoader() {
        return loader.classLoader();
    }

    @Override
    public List<Path> addedClasspath() {
        return List.copyOf(added);
    }

    @Override
    public void onClasspathAdded(Consumer<List<Path>> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Adds jars or class directories to the class path of the compiler and of cell code, then runs
     * the {@link #onClasspathAdded} listeners with the entries that were new.
     *
     * @throws IllegalArgumentException an entry does not exist
     */
    public void addToClasspath(List<Path> entries) {
        List<Path> fresh = new ArrayList<>();
        for (Path entry : entries) {
            Path path = entry.toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("Cannot add " + entry + " to the class path: no such file or directory");
            }
            if (!added.contains(path) && !fresh.contains(path)) {
                fresh.add(path);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        withShell(() -> {
            fresh.forEach(path -> shell.addToClasspath(path.toString()));
            return null;
        });
        added.addAll(fresh);
        List<Path> view = List.copyOf(fresh);
        for (Consumer<List<Path>> listener : listeners) {
            try {
                listener.accept(view);
            } catch (RuntimeException e) {
                System.err.println("A class path listener failed: " + e);
            }
        }
    }

    /** Returns the magics this evaluator knows. */
    public Magics magics() {
        return magics;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        interrupt();
        try {
            // Wait briefly for a running cell to end; close regardless.
            boolean locked = lock.tryLock(2, TimeUnit.SECONDS);
            try {
                shell.close();
            } finally {
                if (locked) {
                    lock.unlock();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            worker.close();
        }
    }

    private <T> T withShell(Supplier<T> action) {
        if (worker.runsOnCurrentThread()) {
            return action.get();
        }
        lock.lock();
        try {
            requireOpen();
            start();
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("This evaluator is closed; create a new one");
        }
    }

    /** Runs the default imports, then opens the session; once, with the lock held. */
    private void start() {
        if (session != null) {
            return;
        }
        // At least one compile must come first; java.lang is imported anyway.
        startupWarnings.addAll(DefaultImports.run(shell, imports.isEmpty() ? List.of("java.lang.*") : imports));
        // The imports were JShell's first compile; only now may the source analysis start (see Session).
        session = Session.open(shell, control, magics, new Host(), () -> interruptRequested);
    }

    /** Starts JShell's compiler ahead of the first cell (its first compile takes about a second). */
    private void warmUp() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            start();
            if (!lock.hasQueuedThreads()) {
                shell.eval("{ }");
            }
            if (!lock.hasQueuedThreads()) {
                session.assist().complete("Math.ma", 7);
            }
        } catch (RuntimeException e) {
            // Warming up is an optimisation; the first cell reports any real problem.
        } finally {
            lock.unlock();
        }
    }

    /** What the cell runner and the magics may ask of this evaluator. */
    private final class Host implements CellRunner.Host {
        @Override
        public void addToClasspath(List<Path> entries) {
            JShellEvaluator.this.addToClasspath(entries);
        }

        @Override
        public Path workingDirectory() {
            return workingDirectory;
        }

        @Override
        public boolean interruptRequested() {
            return interruptRequested;
        }

        @Override
        public void blockingMagicThread(Thread thread) {
            blockingMagicThread = thread;
        }
    }
}
