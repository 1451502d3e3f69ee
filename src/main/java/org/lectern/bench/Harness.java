package org.lectern.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs jobs on both sides and collects the samples. Each job gets a fresh worker per side (so the
 * peak memory is that side's own); the workers take turns epoch by epoch (ours, PyTorch, ours,
 * PyTorch, ...), so a disturbance on the shared machine hits both rather than one. A side that
 * fails is recorded with its message and the run goes on with the next job.
 */
final class Harness {
    private final WorkerFactory workers;
    private final PrintStream progress;
    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, Map<Side, ProtocolLine>> readyLines = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    Harness(WorkerFactory workers, PrintStream progress) {
        this.workers = workers;
        this.progress = progress;
    }

    /**
     * One worker's part in a round: a job on one side, its answers recorded as samples of a kind.
     *
     * @param job  what the worker is started for
     * @param side which side runs it
     * @param kind {@link Sample.Kind#EPOCH}, {@link Sample.Kind#SGEMM} or {@link Sample.Kind#STEPS} (epoch 0 is the
     *             warm-up), or {@link Sample.Kind#MEMORY} (epochs numbered from 1)
     */
    record Turn(Job job, Side side, Sample.Kind kind) {
    }

    /**
     * Runs {@code epochs} epochs of the job on the given sides, alternating.
     *
     * @param sides the sides to run, in turn order
     */
    void run(Job job, Sample.Kind kind, int epochs, List<Side> sides) {
        run(sides.stream().map(side -> new Turn(job, side, kind)).toList(), epochs);
    }

    /**
     * Starts a worker per turn, then runs {@code epochs} rounds in which every worker runs one epoch
     * in turn order, so that measurements to be compared are taken in the same minutes. A failure
     * is recorded with its message and ends every worker of the call, since what is left could not
     * be compared any more.
     */
    void run(List<Turn> turns, int epochs) {
        Map<Turn, Worker> started = new LinkedHashMap<>();
        Turn current = null;
        try {
            for (Turn turn : turns) {
                current = turn;
                Worker worker = workers.start(turn.side(), turn.job());
                started.put(turn, worker);
                readyLines.computeIfAbsent(turn.job().id(), id -> new EnumMap<>(Side.class)).put(turn.side(),
                        worker.ready());
            }
            for (int epoch = 0; epoch < epochs; epoch++) {
                StringBuilder line = new StringBuilder();
                Job previous = null;
                for (Turn turn : turns) {
                    current = turn;
                    Worker worker = started.get(turn);
                    int repetition = turn.kind() == Sample.Kind.MEMORY ? epoch + 1 : epoch;
                    ProtocolLine answer = worker.epoch();
                    Sample sample = new Sample(turn.job().id(), turn.side(), turn.kind(), repetition, turn.job().images(),
                            answer.number("seconds"), answer.number("loss"), worker.memory(),
                            answer.fields().containsKey("jvm_gcs") ? (long) answer.number("jvm_gcs") : -1);
                    samples.add(sample);
                    if (!turn.job().equals(previous)) {
                        line.append(previous == null ? "" : "  |  ").append(turn.job().id()).append(' ')
                                .append(label(turn.kind(), repetition)).append(':');
                        previous = turn.job();
                    }
                    line.append(String.format(Locale.ROOT, "  %s %.3f s (%.0f MiB)", turn.side().label(),
                            sample.seconds(), sample.memory().rssMib()));
                }
                progress.println(line);
            }
            for (Turn turn : turns) {
                current = turn;
                started.remove(turn).close();
            }
        } catch (RuntimeException e) {
            String message = (current == null ? "?" : current.job().id() + " on " + current.side().label()) + " failed: "
                    + e.getMessage();
            failures.add(message);
            progress.println(message);
            started.values().forEach(Harness::closeQuietly);
        }
    }

    /** Records a sample measured outside a worker, such as a notebook run. */
    void add(Sample sample) {
        samples.add(sample);
    }

    /** Records a failure measured outside a worker. */
    void fail(String message) {
        failures.add(message);
        progress.println(message);
    }

    /** Returns every sample so far, in the order taken. */
    List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** Returns each job's ready lines by side: what each worker ran on. */
    Map<String, Map<Side, ProtocolLine>> readyLines() {
        return readyLines;
    }

    /** Returns what failed, one message per failed job and side. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    private static String label(Sample.Kind kind, int repetition) {
        if (kind == Sample.Kind.MEMORY) {
            return "epoch " + repetition;
        }
        return repetition == 0 ? "warm-up" : "repetition " + repetition;
    }

    private static void closeQuietly(Worker worker) {
        try {
            worker.close();
        } catch (RuntimeException ignored) {
            // The first failure is the one reported; a worker that cannot even quit is killed by close().
        }
    }
}
