package org.lectern.kernel;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Starts the notebook session (the evaluator, which takes a second or two) on its own thread, so
 * the kernel binds its sockets and answers {@code kernel_info} at once; requests that need the
 * evaluator wait for it.
 */
final class SessionStarter {
    private final CompletableFuture<NotebookSession> session = new CompletableFuture<>();

    /** Starts building the session on a daemon thread. */
    static SessionStarter start(Supplier<NotebookSession> build) {
        SessionStarter starter = new SessionStarter();
        Thread thread = new Thread(() -> {
            try {
                starter.session.complete(build.get());
            } catch (Throwable t) {
                starter.session.completeExceptionally(t);
            }
        }, "lectern-evaluator-start");
        thread.setDaemon(true);
        thread.start();
        return starter;
    }

    /** Waits for the session; throws the cell error every cell shows if it could not start. */
    NotebookSession await() throws EvaluatorStartupException {
        try {
            return session.join();
        } catch (CompletionException e) {
            throw new EvaluatorStartupException(e.getCause() == null ? e : e.getCause());
        }
    }

    /** Waits for the session; empty if it could not start. */
    Optional<NotebookSession> awaitQuietly() {
        try {
            return Optional.of(await());
        } catch (EvaluatorStartupException e) {
            return Optional.empty();
        }
    }

    /** Returns the session if it has started, without waiting. */
    Optional<NotebookSession> ifStarted() {
        return session.isDone() && !session.isCompletedExceptionally() ? Optional.of(session.join()) : Optional.empty();
    }
}
