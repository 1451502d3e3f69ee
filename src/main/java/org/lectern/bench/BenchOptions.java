package org.lectern.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The command line of {@code ./lectern bench}.
 *
 * @param reps  timed repetitions per workload and side, after one warm-up epoch
 * @param quick the quick subset of MNIST and the notebook in quick mode: a smoke run, not a measurement
 * @param only  the names of the measurements to run; empty for all
 * @param out   where the report and CSV go, or empty for the default (see {@link #USAGE})
 * @param help  whether only the usage was asked for
 * @param list  whether only the measurement names were asked for
 */
public record BenchOptions(int reps, boolean quick, Set<String> only, Optional<Path> out, boolean help, boolean list) {
    /** The repetitions of a full run unless {@code --reps} says otherwise. */
    public static final int DEFAULT_REPS = 5;
    /** The repetitions of a quick run unless {@code --reps} says otherwise. */
    public static final int QUICK_REPS = 1;
    /** The memory check: epochs of the batch-1000 autoencoder, RSS after each. */
    public static final String MEMORY = "memory";
    /** The name of the coordinate-MLP measurement (notebook 05). */
    public static final String COORDINATE_MLP = "pe-mlp";
    /** The whole lecture-17 notebook, timed with {@code ./lectern run}. */
    public static final String LECTURE_17 = "lecture17";

    /** The usage text, printed by {@code --help} and after a bad argument. */
    public static final String USAGE = """
            usage: ./lectern bench [--reps N] [--quick] [--only NAME[,NAME...]] [--out DIR] [--list]
              --reps N     timed epochs per workload and side, after one warm-up epoch (default 5; quick: 1)
              --quick      smoke run: 5000 images per epoch and the notebook in quick mode
              --only NAME  run only these measurements (repeatable); --list shows the names
              --out DIR    write BENCHMARKS.md and results.csv to DIR; by default a full run writes
                           BENCHMARKS.md and bench/results.csv in the repository, and a --quick or
                           --only run writes both to build/bench/, leaving the committed ones alone""";

    /** Copies the set of names. */
    public BenchOptions {
        only = Set.copyOf(only);
    }

    /**
     * Reads the command line.
     *
     * @throws IllegalArgumentException naming what is wrong: an unknown option or name, a missing or bad value
     */
    public static BenchOptions parse(List<String> args) {
        Integer reps = null;
        boolean quick = false;
        Set<String> only = new LinkedHashSet<>();
        Path out = null;
        boolean help = false;
        boolean list = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--reps" -> {
                    reps = Arguments.parseWhole("--reps", value(args, ++i, arg));
                    if (reps < 1) {
                        throw new IllegalArgumentException("--reps must be at least 1; got " + reps);
                    }
                }
                case "--quick" -> quick = true;
                case "--only" -> {
                    for (String name : value(args, ++i, arg).split(",")) {
                        if (!names().contains(name.strip())) {
                            throw new IllegalArgumentException("unknown measurement '" + name + "' for --only; the names are "
                                    + String.join(", ", names()));
                        }
                        only.add(name.strip());
                    }
                }
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "-h", "--help" -> help = true;
                case "--list" -> list = true;
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        int chosenReps = reps != null ? reps : quick ? QUICK_REPS : DEFAULT_REPS;
        return new BenchOptions(chosenReps, quick, only, Optional.ofNullable(out), help, list);
    }

    /**
     * Returns every measurement name {@code --only} accepts: the workloads, then {@value #COORDINATE_MLP},
     * {@value #MEMORY} and {@value #LECTURE_17}.
     */
    public static List<String> names() {
        return Stream.concat(Arrays.stream(Workload.values()).map(Workload::id), Stream.of(COORDINATE_MLP, MEMORY, LECTURE_17))
                .toList();
    }

    /** Returns whether the named measurement runs. */
    public boolean selected(String name) {
        return only.isEmpty() || only.contains(name);
    }

    /** Returns the workloads that run, in table order. */
    public List<Workload> workloads() {
        return Arrays.stream(Workload.values()).filter(w -> selected(w.id())).toList();
    }

    /** Returns whether this run measures everything at full size, the only kind of run whose report is committed. */
    public boolean complete() {
        return !quick && only.isEmpty();
    }

    /** Returns the MNIST training images per epoch: all 60000, or the quick subset. */
    public int images() {
        return quick ? org.lectern.data.RunMode.QUICK_TRAIN_EXAMPLES : LibraryTraining.FULL_IMAGES;
    }

    /** Returns the coordinate-MLP setting of this run: the notebook's, or a small one for {@code --quick}. */
    public ImageSpec imageSpec() {
        return quick ? ImageSpec.QUICK : ImageSpec.NOTEBOOK;
    }

    /** Returns where the report ({@code BENCHMARKS.md}) goes for a repository at {@code root}. */
    public Path reportFile(Path root) {
        return out.map(dir -> dir.resolve("BENCHMARKS.md"))
                .orElse(complete() ? root.resolve("BENCHMARKS.md") : root.resolve("build/bench/BENCHMARKS.md"));
    }

    /** Returns where the CSV goes for a repository at {@code root}. */
    public Path csvFile(Path root) {
        return out.map(dir -> dir.resolve("results.csv"))
                .orElse(complete() ? root.resolve("bench/results.csv") : root.resolve("build/bench/results.csv"));
    }

    /** Returns the arguments that repeat this run, e.g. {@code --reps 5 --only ae-b1000}, for the report. */
    public String commandLine() {
        List<String> args = new ArrayList<>();
        if (reps != (quick ? QUICK_REPS : DEFAULT_REPS)) {
            args.addAll(List.of("--reps", String.valueOf(reps)));
        }
        if (quick) {
            args.add("--quick");
        }
        if (!only.isEmpty()) {
            args.addAll(List.of("--only", String.join(",", names().stream().filter(only::contains).toList())));
        }
        return String.join(" ", Stream.concat(Stream.of("./lectern bench"), args.stream()).toList());
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }
}
