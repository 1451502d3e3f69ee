package org.lectern.lecture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.lectern.data.DataFileStatus;
import org.lectern.data.DataFiles;
import org.lectern.data.RunMode;
import org.lectern.nn.EngineFactory;
import org.lectern.nn.lean.LeanEngine;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The first cell of every lecture notebook: {@code Lecture.start("Lecture 17: stacked autoencoders")}
 * seeds ND4J and prints what the run depends on (backend, data, seed, quick or full mode), so a
 * reader of the saved notebook knows how its numbers were made.
 */
public final class Lecture {
    /** The seed every notebook uses unless it says otherwise. */
    public static final long DEFAULT_SEED = 42;

    private final String title;
    private final long seed;
    private final RunMode mode;

    private Lecture(String title, long seed, RunMode mode) {
        this.title = title;
        this.seed = seed;
        this.mode = mode;
    }

    /** Starts a lecture with the default seed: seeds ND4J and prints the run's settings. */
    public static Lecture start(String title) {
        return start(title, DEFAULT_SEED);
    }

    /** Starts a lecture with the given seed: seeds ND4J and prints the run's settings. */
    public static Lecture start(String title, long seed) {
        Lecture lecture = new Lecture(title, seed, RunMode.current());
        Nd4j.getRandom().setSeed(seed);
        System.out.print(lecture.describe(backend(), engine(), dataLocations(DataFiles.standard().statusOfAll())));
        return lecture;
    }

    /** Returns the seed of this run. */
    public long seed() {
        return seed;
    }

    /** Returns whether this is a quick or a full run. */
    public RunMode mode() {
        return mode;
    }

    /**
     * Returns whether ND4J computes on a GPU (its CUDA backend, {@code mvn -Pcuda}), so a notebook can
     * choose the lecture's full sizes there and smaller ones on a CPU.
     */
    public boolean onGpu() {
        return isGpuBackend(Nd4j.getExecutioner().getEnvironmentInformation().getProperty("backend"));
    }

    /** Returns whether ND4J's {@code backend} environment entry names a GPU backend: {@code CUDA}, as its CUDA executioner writes it. */
    static boolean isGpuBackend(String backend) {
        return "CUDA".equalsIgnoreCase(backend);
    }

    /** Returns {@code full} epochs in a full run and {@code quick} in a quick one. */
    public int epochs(int full, int quick) {
        return mode.choose(full, quick);
    }

    /** Returns the settings block printed by {@link #start}. */
    String describe(String backend, String engine, Map<String, String> data) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append("  backend  ").append(backend).append('\n');
        out.append("  engine   ").append(engine).append('\n');
        data.forEach((dataset, where) -> out.append("  data     ").append(dataset).append(": ").append(where).append('\n'));
        out.append("  seed     ").append(seed).append('\n');
        out.append("  mode     ").append(mode.isQuick()
                ? "quick (" + RunMode.ENV + "=1): " + RunMode.QUICK_TRAIN_EXAMPLES + " training and "
                        + RunMode.QUICK_TEST_EXAMPLES + " test images, fewer epochs"
                : "full: the lecture's data sizes and epochs (set " + RunMode.ENV + "=1 for a quick run)").append('\n');
        return out.toString();
    }

    /** Returns, per dataset directory, where its files are or what is wrong with them. */
    static Map<String, String> dataLocations(List<DataFileStatus> statuses) {
        Map<String, List<DataFileStatus>> byDataset = statuses.stream()
                .collect(Collectors.groupingBy(s -> s.file().directory(), LinkedHashMap::new, Collectors.toList()));
        Map<String, String> where = new LinkedHashMap<>();
        byDataset.forEach((dataset, files) -> {
            long bad = files.stream().filter(s -> !s.verified()).count();
            where.put(dataset, bad > 0
                    ? bad + " of " + files.size() + " files missing or corrupt: run " + DataFiles.SETUP_COMMAND
                    : files.get(0).path().orElseThrow().getParent() + " (SHA-256 verified)");
        });
        return where;
    }

    private static String engine() {
        if (EngineFactory.standard() == EngineFactory.auto() && !Nd4j.getEnvironment().isCPU()) {
            return "DL4J for every network (the lean engine computes on the CPU backend only)";
        }
        return EngineFactory.standard() == EngineFactory.auto()
                ? "lean for dense layers (" + LeanEngine.bestKernels() + "), DL4J for any other network"
                : EngineFactory.standard().toString();
    }

    private static String backend() {
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        return "ND4J " + Nd4j.getBackend().getClass().getSimpleName() + " (" + env.getOrDefault("backend", "?")
                + ", BLAS " + env.getOrDefault("blas.vendor", "?") + ", " + env.getOrDefault("omp.threads", "?") + " threads)";
    }
}
