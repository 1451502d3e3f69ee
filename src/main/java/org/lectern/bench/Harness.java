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
 * peak memory is that side's own); the sides take turns epoch by epoch (ours, PyTorch, ours,
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
     * Runs {@code epochs} epochs of the job on the given sides, alternating.
     *
     * @param kind  {@link Sample.Kind#EPOCH} or {@link Sample.Kind#SGEMM} (epoch 0 is the warm-up), or
     *              {@link Sample.Kind#MEMORY} (epochs numbered from 1)
     * @param sides the sides to run, in turn order
     */
    void run(Job job, Sample.Kind kind, int epochs, List<Side> sides) {
        Map<Side, Worker> started = new EnumMap<>(Side.class);
        Side current = null;
        try {
            for (Side side : sides) {
                current = side;
                Worker worker = workers.start(side, job);
                started.put(side, worker);
                readyLines.computeIfAbsent(job.id(), id -> new EnumMap<>(Side.class)).put(side, worker.ready());
            }
            for (int epoch = 0; epoch < epochs; epoch++) {
                int repetition = kind == Sample.Kind.MEMORY ? epoch + 1 : epoch;
                StringBuilder line = new StringBuilder(job.id() + " " + label(kind, repetition) + ":");
                for (Side side : sides) {
                    current = side;
                    Worker worker = started.get(side);
                    ProtocolLine answer = worker.epoch();
                    Sample sample = new Sample(job.id(), side, kind, repetition, job.images(), answer.number("seconds"),
                            answer.number("loss"), worker.memory(),
                            answer.fields().containsKey("jvm_gcs") ? (long) answer.number("jvm_gcs") : -1);
                    samples.add(sample);
                    line.append(String.format(Locale.ROOT, "  %s %.3f s (%.0f MiB)", side.label(), sample.seconds(),
                            sample.memory().rssMib()));
                }
                progress.println(line);
            }
            for (Side side : sides) {
                current = side;
                started.remove(side).close();
            }
        } catch (RuntimeException e) {
            String message = job.id() + " on " + (current == null ? "?" : current.label()) + " failed: " + e.getMessage();
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
