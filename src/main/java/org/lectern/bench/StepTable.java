package org.lectern.bench;

import static org.lectern.bench.MarkdownReport.DASH;
import static org.lectern.bench.MarkdownReport.format;
import static org.lectern.bench.MarkdownReport.mib;
import static org.lectern.bench.MarkdownReport.ratio;

import java.util.List;
import java.util.Optional;

/** The report's coordinate-MLP section (notebook 05): seconds per full-batch step on both sides and their ratio. */
final class StepTable {
    static final List<String> HEADER = List.of("workload", "PyTorch s/step", "ours s/step", "ours / PyTorch",
            "last loss ours", "last loss PyTorch", "peak RSS ours (MiB)", "peak RSS PyTorch (MiB)");

    private StepTable() {
    }

    /** Returns the section, or "" if the coordinate MLP was not measured. */
    static String render(BenchRun run) {
        String job = BenchOptions.COORDINATE_MLP;
        ImageSpec spec = run.options().imageSpec();
        Optional<Double> peer = perStep(run.median(job, Side.PYTORCH, Sample.Kind.STEPS), spec);
        Optional<Double> ours = perStep(run.median(job, Side.OURS, Sample.Kind.STEPS), spec);
        if (peer.isEmpty() && ours.isEmpty()) {
            return "";
        }
        List<String> row = List.of(spec.title(), perStep(peer), perStep(ours), ratio(ours, peer),
                loss(run.lastLoss(job, Side.OURS, Sample.Kind.STEPS)), loss(run.lastLoss(job, Side.PYTORCH, Sample.Kind.STEPS)),
                mib(run.peakMib(job, Side.OURS, Sample.Kind.STEPS)), mib(run.peakMib(job, Side.PYTORCH, Sample.Kind.STEPS)));
        return "## Coordinate MLP, seconds per step (notebook 05; median of " + run.options().reps() + " samples of "
                + spec.steps() + " steps)\n\n" + MarkdownReport.table(HEADER, List.of(row));
    }

    private static Optional<Double> perStep(Optional<Double> sampleSeconds, ImageSpec spec) {
        return sampleSeconds.map(seconds -> seconds / spec.steps());
    }

    private static String perStep(Optional<Double> seconds) {
        return seconds.map(s -> format("%.3f", s)).orElse(DASH);
    }

    private static String loss(Optional<Double> loss) {
        return loss.map(l -> format("%.5f", l)).orElse(DASH);
    }
}
