package org.lectern.bench;

import static org.lectern.bench.MarkdownReport.DASH;
import static org.lectern.bench.MarkdownReport.format;
import static org.lectern.bench.MarkdownReport.mib;
import static org.lectern.bench.MarkdownReport.ratio;
import static org.lectern.bench.MarkdownReport.seconds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The report's main table: seconds per epoch on both sides, their ratio and their ratio to the floor. */
final class EpochTable {
    static final List<String> HEADER = List.of("workload", "sgemm floor", "PyTorch", "ours", "ours / PyTorch",
            "ours / floor", "PyTorch / floor", "last loss ours", "last loss PyTorch", "peak RSS ours (MiB)",
            "peak RSS PyTorch (MiB)");

    private EpochTable() {
    }

    /** Returns the section, or "" if no workload or notebook ran. */
    static String render(BenchRun run) {
        List<List<String>> rows = new ArrayList<>();
        for (Workload workload : run.options().workloads()) {
            rows.add(row(run, workload));
        }
        List<Sample> notebook = run.samples(BenchOptions.LECTURE_17, Side.OURS, Sample.Kind.NOTEBOOK);
        if (!notebook.isEmpty()) {
            Sample sample = notebook.get(0);
            rows.add(List.of("lecture 17 notebook, " + (run.options().quick() ? "quick" : "full") + " mode, wall time of "
                    + "`./lectern run` (one run; peak RSS of the kernel)", DASH, DASH, format("%.1f", sample.seconds()),
                    DASH, DASH, DASH, DASH, DASH, format("%.0f", sample.memory().peakMib()), DASH));
        }
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("## Seconds per epoch (median of " + run.options().reps() + ")\n\n");
        text.append(MarkdownReport.table(HEADER, rows));
        return text.toString();
    }

    private static List<String> row(BenchRun run, Workload workload) {
        Optional<Double> floor = run.floor(workload);
        Optional<Double> peer = run.median(workload.id(), Side.PYTORCH, Sample.Kind.EPOCH);
        Optional<Double> ours = run.median(workload.id(), Side.OURS, Sample.Kind.EPOCH);
        return List.of(workload.title(), seconds(floor), seconds(peer), seconds(ours), ratio(ours, peer), ratio(ours, floor),
                ratio(peer, floor), loss(run.lastLoss(workload.id(), Side.OURS)),
                loss(run.lastLoss(workload.id(), Side.PYTORCH)), mib(run.peakMib(workload.id(), Side.OURS, Sample.Kind.EPOCH)),
                mib(run.peakMib(workload.id(), Side.PYTORCH, Sample.Kind.EPOCH)));
    }

    private static String loss(Optional<Double> loss) {
        return loss.map(l -> format("%.4f", l)).orElse(DASH);
    }
}
