package org.lectern.kernel.execution;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that runs cell code, kept between cells (so thread-local state of libraries
 * survives) and stoppable from another thread: first politely ({@link Thread#interrupt()}, which
 * ends {@code Thread.sleep}), then, after a short grace period, with {@code Thread.stop}, which
 * ends busy loops such as {@code while (true) {}}.
 */
final class CellWorker implements AutoCloseable {
    /** How long {@link #stop()} waits for an interrupted cell to end before forcing it. */
    private static final long GRACE_MILLIS = 300;

    /** The outcome of running cell code: its value, or what it threw. */
    record Result(Object value, Throwable failure) {
    }

    private final ExecutorService executor;
    private final ClassLoader cellLoader;
    private final Object lock = new Object();
    private Thread runner;
    private boolean stopPending;

    CellWorker(ClassLoader cellLoader) {
        this.cellLoader = cellLoader;
        // A pool of one that replaces its thread should a stop ever kill it.
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "lectern-cell");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code body} on the cell thread (or directly, if called from cell code) and waits for it. */
    Result run(Callable<Object> body) {
        if (isRunner(Thread.currentThread())) {
            return direct(body);
        }
        FutureTask<Object> task = new FutureTask<>(() -> {
            Thread me = Thread.currentThread();
            me.setContextClassLoader(cellLoader);
            synchronized (lock) {
                if (stopPending) {
                    throw new InterruptedException("stopped before it started");
                }
                runner = me;
            }
            try {
                return body.call();
            } finally {
                synchronized (lock) {
                    runner = null;
                    lock.notifyAll();
                }
                Thread.interrupted();
            }
        });
        executor.execute(task);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return new Result(task.get(), null);
                } catch (ExecutionException e) {
                    return new Result(null, e.getCause());
                } catch (InterruptedException e) {
                    // The caller waits for the cell to end either way; the stop comes through stop().
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Result direct(Callable<Object> body) {
        try {
            return new Result(body.call(), null);
        } catch (Throwable e) {
            return new Result(null, e);
        }
    }

    /** Tells whether the calling thread is running cell code of this worker. */
    boolean runsOnCurrentThread() {
        return isRunner(Thread.currentThread());
    }

    private boolean isRunner(Thread thread) {
        synchronized (lock) {
            return runner == thread;
        }
    }

    /** Forgets a {@link #stop()} that came while no cell code ran; call before each cell. */
    void reset() {
        synchronized (lock) {
            stopPending = false;
        }
    }

    /**
     * Stops the cell code now running; code that starts later fails at once until {@link #reset()}.
     * Returns whether code was running.
     */
    boolean stop() {
        Thread target;
        synchronized (lock) {
            stopPending = true;
            target = runner;
            if (target == null) {
                return false;
            }
            target.interrupt();
            long deadline = System.currentTimeMillis() + GRACE_MILLIS;
            try {
                for (long left = GRACE_MILLIS; runner == target && left > 0; left = deadline - System.currentTimeMillis()) {
                    lock.wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (runner == target) {
                forceStop(target);
            }
        }
        return true;
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void forceStop(Thread thread) {
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            // Java 20+ removed Thread.stop; only cooperative interruption is left there.
        }
    }

    @Override
    public void close() {
        stop();
        executor.shutdownNow();
    }
}
