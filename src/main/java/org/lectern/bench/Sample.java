package org.lectern.bench;

/**
 * One measurement: one epoch (or one epoch's matrix products, or one notebook run) of one workload
 * on one side, with the worker's memory right after it.
 *
 * @param workload   the workload's id, e.g. {@code ae-b1000}
 * @param side       who ran it
 * @param kind       what was measured
 * @param repetition 0 for the warm-up, then 1, 2, ...; for {@link Kind#MEMORY} the epoch number
 * @param images     images per epoch
 * @param seconds    wall time of the epoch (or the notebook run)
 * @param loss       the epoch's mean batch loss; NaN where nothing is trained
 * @param memory     the worker's resident memory right after it, and its peak so far
 * @param jvmGcs      the garbage collections our worker's JVM has run so far, or -1 where not reported (the peer)
 */
public record Sample(String workload, Side side, Kind kind, int repetition, int images, double seconds, double loss,
                     ProcStatus memory, long jvmGcs) {
    /** What a sample measures. */
    public enum Kind {
        /** One training epoch of a {@link Workload}. */
        EPOCH("epoch"),
        /** One epoch's worth of a training step's matrix products only: the floor. */
        SGEMM("sgemm"),
        /** One epoch of the long run that checks memory does not grow from epoch to epoch. */
        MEMORY("memory"),
        /** {@link ImageSpec#steps()} full-batch steps of the coordinate MLP. */
        STEPS("steps"),
        /** A whole notebook executed headless. */
        NOTEBOOK("notebook");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** Returns the name used in the CSV. */
        public String id() {
            return id;
        }
    }

    /** Returns whether this is a warm-up, left out of medians. */
    public boolean warmUp() {
        return repetition == 0;
    }
}
