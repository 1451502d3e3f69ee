package org.lectern.bench;

/** A running worker of one side, driven by the harness one epoch at a time. */
interface Worker extends AutoCloseable {
    /** Returns the worker's {@code ready} line: what it runs on. */
    ProtocolLine ready();

    /** Runs one epoch and returns the worker's {@code epoch} line. */
    ProtocolLine epoch();

    /** Returns the worker's memory now and at its peak. */
    ProcStatus memory();

    /** Asks the worker to quit and waits for it; a worker that does not quit is killed. */
    @Override
    void close();
}
