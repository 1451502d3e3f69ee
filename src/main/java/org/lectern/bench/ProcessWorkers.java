package org.lectern.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts real worker processes: ours as a JVM with this JVM's class path running {@link WorkerMain}
 * (heap as the notebook kernel's), the peer as {@code /usr/bin/python3 bench/peer.py}. Both get
 * {@value #THREADS} threads and read the MNIST files that the data resolver verified.
 *
 * @param repository    the repository root, where {@code bench/peer.py} is
 * @param logs          where each worker's stderr is written, one file per worker
 * @param trainImages   the verified MNIST training images file
 * @param trainLabels   the verified MNIST training labels file
 */
record ProcessWorkers(Path repository, Path logs, Path trainImages, Path trainLabels) implements WorkerFactory {
    /** Threads per side, as in issue 6's measurements on the 2-core machine. */
    static final int THREADS = 2;
    /** Debian's Python: it has python3-torch for the peer and the Jupyter packages for the notebook runner. */
    static final String PYTHON = "/usr/bin/python3";
    /** The peer script, relative to the repository. */
    static final String PEER_SCRIPT = "bench/peer.py";
    /**
     * The JVM options of the kernelspec ({@code kernel/kernel.json.template}) besides the heap and its system properties,
     * so a worker runs as a notebook does (the lean engine's Vector API kernels need the module). The library may not read
     * the kernel's package; a test keeps the two lists equal.
     */
    static final List<String> KERNEL_JVM_OPTIONS = List.of("-XX:G1PeriodicGCInterval=5000", "--add-modules", "jdk.incubator.vector");
    /**
     * The kernelspec's environment besides {@code OMP_WAIT_POLICY} (which the harness exports itself): glibc's malloc
     * settings that let native memory freed by ND4J go back to the system. A test keeps the two equal.
     */
    static final Map<String, String> KERNEL_ENVIRONMENT = Map.of("MALLOC_MMAP_THRESHOLD_", "131072", "MALLOC_ARENA_MAX", "2");

    @Override
    public Worker start(Side side, Job job) {
        String name = job.id() + " on " + side.label();
        Path log = logs.resolve(job.id() + "-" + side.id() + ".log");
        return ProcessWorker.start(name, command(side, job), environment(side), repository, log);
    }

    /** Returns the command line of a side's worker for the job. */
    List<String> command(Side side, Job job) {
        List<String> command = new ArrayList<>();
        if (side == Side.OURS) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + kernelHeap());
            command.addAll(KERNEL_JVM_OPTIONS);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), WorkerMain.class.getName()));
            command.addAll(job.workerArguments());
        } else {
            command.addAll(List.of(PYTHON, repository.resolve(PEER_SCRIPT).toString()));
            command.addAll(job.workerArguments());
            command.addAll(List.of("--threads", String.valueOf(THREADS)));
            if (job.mode().equals("train")) {
                command.addAll(List.of("--train-images", trainImages.toString(), "--train-labels", trainLabels.toString()));
            }
        }
        return command;
    }

    /** Returns the variables a side's worker gets on top of the harness's own (OMP_WAIT_POLICY among them). */
    static Map<String, String> environment(Side side) {
        if (side == Side.OURS) {
            Map<String, String> ours = new HashMap<>(KERNEL_ENVIRONMENT);
            ours.put("OMP_NUM_THREADS", String.valueOf(THREADS));
            return Map.copyOf(ours);
        }
        return Map.of("OPENBLAS_NUM_THREADS", String.valueOf(THREADS));
    }

    /** Returns the notebook kernel's heap: {@code $LECTERN_XMX}, default 4g, so memory behaves as in a notebook. */
    static String kernelHeap() {
        String heap = System.getenv("LECTERN_XMX");
        return heap == null || heap.isBlank() ? "4g" : heap.strip();
    }
}
