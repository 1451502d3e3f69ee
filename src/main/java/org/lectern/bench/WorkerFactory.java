package org.lectern.bench;

/** Starts the worker of a side for a job; the harness's only way to make workers, so tests can give it fakes. */
@FunctionalInterface
interface WorkerFactory {
    /** Starts a worker and returns it once it is ready. */
    Worker start(Side side, Job job);
}
