package org.lectern.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one run of {@code ./lectern bench} measured, from which the report and the CSV are written.
 *
 * @param options    how it was run
 * @param machine    where
 * @param samples    every measurement, warm-ups included, in the order taken
 * @param readyLines each job's workers' ready lines: what each side ran on
 * @param failures   one message per job and side that failed
 * @param seconds    how long the whole run took
 */
public record BenchRun(BenchOptions options, MachineInfo machine, List<Sample> samples,
                       Map<String, Map<Side, ProtocolLine>> readyLines, List<String> failures, double seconds) {
    /** Copies the collections. */
    public BenchRun {
        samples = List.copyOf(samples);
        readyLines = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(readyLines));
        failures = List.copyOf(failures);
    }

    /** Returns the samples of one job, side and kind, warm-ups included. */
    public List<Sample> samples(String job, Side side, Sample.Kind kind) {
        return samples.stream().filter(s -> s.workload().equals(job) && s.side() == side && s.kind() == kind).toList();
    }

    /** Returns the median seconds of the timed (not warm-up) samples of a job and side, or empty if there are none. */
    public Optional<Double> median(String job, Side side, Sample.Kind kind) {
        double[] seconds = samples(job, side, kind).stream().filter(s -> !s.warmUp()).mapToDouble(Sample::seconds)
                .toArray();
        return seconds.length == 0 ? Optional.empty() : Optional.of(Statistics.median(seconds));
    }

    /** Returns the highest peak memory of a job's worker on a side, in MiB, or empty if it did not run. */
    public Optional<Double> peakMib(String job, Side side, Sample.Kind kind) {
        return samples(job, side, kind).stream().map(s -> s.memory().peakMib()).max(Double::compare);
    }

    /** Returns the loss of a job's last epoch on a side, or empty if it did not run. */
    public Optional<Double> lastLoss(String job, Side side) {
        return lastLoss(job, side, Sample.Kind.EPOCH);
    }

    /** Returns the loss of the last sample of a kind of a job on a side, or empty if it did not run. */
    public Optional<Double> lastLoss(String job, Side side, Sample.Kind kind) {
        List<Sample> epochs = samples(job, side, kind);
        return epochs.isEmpty() ? Optional.empty() : Optional.of(epochs.get(epochs.size() - 1).loss());
    }

    /** Returns the ready-line field of a side from the first job that reported it, or empty. */
    public Optional<String> reported(Side side, String field) {
        return readyLines.values().stream().map(lines -> lines.get(side))
                .filter(line -> line != null && line.fields().containsKey(field))
                .map(line -> line.field(field)).findFirst();
    }

    /** Returns the floor of a workload: the faster side's median time for its step's matrix products, or empty. */
    public Optional<Double> floor(Workload workload) {
        String id = Job.floorId(workload);
        return java.util.stream.Stream.of(Side.values()).map(side -> median(id, side, Sample.Kind.SGEMM))
                .flatMap(Optional::stream).min(Double::compare);
    }
}
