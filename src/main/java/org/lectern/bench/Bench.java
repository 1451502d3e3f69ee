package org.lectern.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lectern.data.DataFile;
import org.lectern.data.DataFiles;
import org.lectern.nativebuild.NativeBuildSelector;
import org.lectern.nn.AtomicFile;

/**
 * {@code ./lectern bench}: times the lecture workloads on our library and on the PyTorch peer in
 * the same run, with the floor of their matrix products, the memory of a long training run and
 * of the lecture-17 notebook, and writes {@code BENCHMARKS.md} and a CSV of every sample. Run from
 * the repository root (the launcher does); see {@link BenchOptions#USAGE}.
 */
public final class Bench {
    /** The lecture-17 notebook, relative to the repository. */
    static final String LECTURE_17_NOTEBOOK = "notebooks/01-stacked-autoencoders.ipynb";
    /** Epochs of the memory check. */
    static final int MEMORY_EPOCHS = 10;
    /**
     * The workloads whose memory is followed: the largest batches, and the classifier's 600 small batches per
     * epoch, where a fresh array per batch would pile up between collections.
     */
    static final List<Workload> MEMORY_WORKLOADS = List.of(Workload.AUTOENCODER_1000, Workload.CLASSIFIER_100);

    static final String NATIVE_BUILDS_REPORT = "bench/native-builds.md";

    private Bench() {
    }

    /** Runs the bench in the current directory and exits with {@link #run}'s status. */
    public static void main(String[] args) {
        NativeBuildSelector.select();
        System.exit(run(List.of(args), Path.of("").toAbsolutePath(), System.out, System.err));
    }

    /** Runs the bench for the repository at {@code repository}; returns 0, 1 if a measurement failed, 2 for bad arguments. */
    static int run(List<String> args, Path repository, PrintStream out, PrintStream err) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("lectern bench: " + e.getMessage());
            err.println(BenchOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(BenchOptions.USAGE);
            return 0;
        }
        if (options.list()) {
            java.util.Arrays.stream(Workload.values()).forEach(w -> out.println(w.id() + "\t" + w.title()));
            out.println(BenchOptions.COORDINATE_MLP + "\t" + ImageSpec.NOTEBOOK.title() + ": seconds per step");
            out.println(BenchOptions.MEMORY + "\t" + MEMORY_WORKLOADS.stream().map(Workload::title)
                    .collect(java.util.stream.Collectors.joining("; ")) + ", " + MEMORY_EPOCHS
                    + " epochs each: resident memory after each");
            out.println(BenchOptions.LECTURE_17 + "\twall time and kernel memory of " + LECTURE_17_NOTEBOOK);
            return 0;
        }
        if (!Files.isRegularFile(repository.resolve(ProcessWorkers.PEER_SCRIPT))
                || !Files.isRegularFile(repository.resolve("lectern"))) {
            err.println("lectern bench: " + repository + " is not the Lectern repository (no lectern launcher or "
                    + ProcessWorkers.PEER_SCRIPT + "); run ./lectern bench from the repository");
            return 2;
        }
        Path images;
        Path labels;
        try {
            DataFiles files = DataFiles.standard();
            images = files.resolve(DataFile.MNIST_TRAIN_IMAGES);
            labels = files.resolve(DataFile.MNIST_TRAIN_LABELS);
        } catch (RuntimeException e) {
            err.println("lectern bench: " + e.getMessage());
            return 1;
        }
        Path work = repository.resolve("build/bench");
        Harness harness = new Harness(new ProcessWorkers(repository, work.resolve("logs"), images, labels), out);
        MachineInfo machine = MachineInfo.current();
        long start = System.nanoTime();
        measure(options, harness, repository, work, out);
        BenchRun run = new BenchRun(options, machine, harness.samples(), harness.readyLines(), harness.failures(),
                (System.nanoTime() - start) / 1e9);
        Path report = options.reportFile(repository);
        Path csv = options.csvFile(repository);
        write(report, MarkdownReport.render(run) + nativeBuildSection(repository));
        write(csv, CsvReport.render(run.samples()));
        out.println();
        out.print(EpochTable.render(run));
        out.println("\nwrote " + report + " and " + csv + " (" + MarkdownReport.duration(run.seconds()) + ")");
        return run.failures().isEmpty() ? 0 : 1;
    }

    private static void measure(BenchOptions options, Harness harness, Path repository, Path work, PrintStream out) {
        int images = options.images();
        int epochs = options.reps() + 1;
        for (Workload workload : options.workloads()) {
            Job training = Job.training(workload, images);
            Job floor = Job.floor(workload, images);
            // The floor in the same rounds as the training, so the machine's drift between minutes cannot bias the ratio.
            harness.run(List.of(new Harness.Turn(training, Side.OURS, Sample.Kind.EPOCH),
                    new Harness.Turn(training, Side.PYTORCH, Sample.Kind.EPOCH),
                    new Harness.Turn(floor, Side.OURS, Sample.Kind.SGEMM),
                    new Harness.Turn(floor, Side.PYTORCH, Sample.Kind.SGEMM)), epochs);
        }
        if (options.selected(BenchOptions.COORDINATE_MLP)) {
            harness.run(Job.imageFitting(options.imageSpec()), Sample.Kind.STEPS, epochs, List.of(Side.OURS, Side.PYTORCH));
        }
        if (options.selected(BenchOptions.MEMORY)) {
            for (Workload workload : MEMORY_WORKLOADS) {
                Job memory = new Job(memoryJob(workload), "train", workload.spec().arguments(), images);
                harness.run(memory, Sample.Kind.MEMORY, MEMORY_EPOCHS, List.of(Side.OURS, Side.PYTORCH));
            }
        }
        if (options.selected(BenchOptions.LECTURE_17)) {
            out.println(BenchOptions.LECTURE_17 + ": ./lectern run" + (options.quick() ? "" : " --full") + " "
                    + LECTURE_17_NOTEBOOK + (options.quick() ? "" : " (about 6 minutes)"));
            NotebookRun.Result result = NotebookRun.run(repository, Path.of(LECTURE_17_NOTEBOOK), !options.quick(),
                    work.resolve("lecture17"), work.resolve("logs/lecture17.log"), out);
            if (result.exitStatus() != 0 || result.kernelMemory().isEmpty()) {
                harness.fail(BenchOptions.LECTURE_17 + " failed: ./lectern run exited with status " + result.exitStatus()
                        + (result.kernelMemory().isEmpty() ? " and no kernel process was seen" : "") + "; see "
                        + result.log());
            } else {
                harness.add(new Sample(BenchOptions.LECTURE_17, Side.OURS, Sample.Kind.NOTEBOOK, 1, images,
                        result.seconds(), Double.NaN, result.kernelMemory().get(), -1));
            }
        }
    }

    /** Returns the id of the job that follows a workload's memory, e.g. {@code memory-ae-b1000}. */
    static String memoryJob(Workload workload) {
        return BenchOptions.MEMORY + "-" + workload.id();
    }

    /**
     * The last comparison of ND4J's avx2 and avx512 native builds ({@value #NATIVE_BUILDS_REPORT}, written by
     * {@code bench/native-builds.sh}), carried into every report; empty if there is none.
     */
    static String nativeBuildSection(Path repository) {
        Path section = repository.resolve(NATIVE_BUILDS_REPORT);
        try {
            return Files.isRegularFile(section) ? "\n" + Files.readString(section) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + section + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        AtomicFile.write(file, temporary -> Files.writeString(temporary, text, StandardCharsets.UTF_8));
    }
}
