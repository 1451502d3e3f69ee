package org.lectern.bench;

import static org.lectern.bench.MarkdownReport.format;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The report's memory section: the lecture-17 kernel, and resident memory epoch by epoch of a long training run. */
final class MemorySection {
    private MemorySection() {
    }

    /** Returns the section, or "" if neither was measured. */
    static String render(BenchRun run) {
        StringBuilder text = new StringBuilder();
        List<Sample> notebook = run.samples(BenchOptions.LECTURE_17, Side.OURS, Sample.Kind.NOTEBOOK);
        if (!notebook.isEmpty()) {
            ProcStatus memory = notebook.get(0).memory();
            text.append(format("- Lecture 17 (`./lectern run%s`): the kernel's peak RSS %.0f MiB; its RSS after the last "
                    + "cell %.0f MiB (read from `/proc/<pid>/status` every %d ms; the last read before it shut down).\n",
                    run.options().quick() ? "" : " --full", memory.peakMib(), memory.rssMib(), NotebookRun.SAMPLE_MILLIS));
        }
        for (Workload workload : Bench.MEMORY_WORKLOADS) {
            text.append(epochRows(run, workload));
        }
        return text.isEmpty() ? "" : "## Memory\n\n" + text;
    }

    /** Returns the resident memory of a workload epoch by epoch on each side, or "" if it was not measured. */
    private static String epochRows(BenchRun run, Workload workload) {
        String job = Bench.memoryJob(workload);
        List<List<String>> rows = new ArrayList<>();
        int epochCount = 0;
        for (Side side : Side.values()) {
            List<Sample> epochs = run.samples(job, side, Sample.Kind.MEMORY);
            if (epochs.size() < 2) {
                continue;
            }
            epochCount = Math.max(epochCount, epochs.size());
            Sample first = epochs.get(0);
            Sample last = epochs.get(epochs.size() - 1);
            rows.add(List.of(side.label(), format("%.0f", first.memory().rssMib()), format("%.0f", last.memory().rssMib()),
                    format("%+.0f", last.memory().rssMib() - first.memory().rssMib()),
                    format("%.0f", last.memory().peakMib()),
                    epochs.stream().map(s -> format("%.0f", s.memory().rssMib())).collect(Collectors.joining(" ")),
                    last.jvmGcs() < 0 ? MarkdownReport.DASH
                            : epochs.stream().map(s -> String.valueOf(s.jvmGcs())).collect(Collectors.joining(" "))));
        }
        if (rows.isEmpty()) {
            return "";
        }
        return format("- %s, %d epochs in one process per side: resident memory (MiB) after each epoch; growth would "
                + "show as a rising row. ND4J frees an array's native memory only when the JVM collects the array, so "
                + "our row can rise between garbage collections (counted in the last column) without a leak; a leak "
                + "keeps rising after them.\n\n", workload.title(), epochCount)
                + MarkdownReport.table(List.of("side", "after epoch 1", "after epoch " + epochCount, "change", "peak",
                        "every epoch", "JVM garbage collections so far, every epoch"), rows) + "\n";
    }
}
