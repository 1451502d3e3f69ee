package org.lectern.bench;

import static org.lectern.bench.MarkdownReport.format;
import static org.lectern.bench.MarkdownReport.seconds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The report's floor section: how fast each side runs a step's matrix products alone, in seconds per epoch and GFLOP/s. */
final class FloorTable {
    static final List<String> HEADER = List.of("products of one training step", "products per step", "steps per epoch",
            "GFLOP per epoch", "ours s", "ours GFLOP/s", "PyTorch s", "PyTorch GFLOP/s");

    private FloorTable() {
    }

    /** Returns the section, or "" if no floor was measured. */
    static String render(BenchRun run) {
        List<List<String>> rows = new ArrayList<>();
        int images = run.options().images();
        for (Workload workload : run.options().workloads()) {
            StepProducts products = workload.products();
            String id = Job.floorId(workload);
            Optional<Double> ours = run.median(id, Side.OURS, Sample.Kind.SGEMM);
            Optional<Double> peer = run.median(id, Side.PYTORCH, Sample.Kind.SGEMM);
            double gflop = products.flopsPerEpoch(images) / 1e9;
            rows.add(List.of(workload.title(), String.valueOf(products.products().size()),
                    String.valueOf(products.steps(images)), format("%.1f", gflop), seconds(ours), rate(gflop, ours),
                    seconds(peer), rate(gflop, peer)));
        }
        if (rows.isEmpty()) {
            return "";
        }
        return "## sgemm floor (matrix products only, median of " + run.options().reps() + ")\n\n"
                + MarkdownReport.table(HEADER, rows);
    }

    private static String rate(double gflop, Optional<Double> seconds) {
        return seconds.map(s -> format("%.0f", gflop / s)).orElse(MarkdownReport.DASH);
    }
}
