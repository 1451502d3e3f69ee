package org.lectern.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lectern.nativebuild.NativeBuildSelector;

/**
 * Our side's worker process, started by the harness for one workload:
 * <pre>
 * java -cp target/lectern.jar org.lectern.bench.WorkerMain train --images N &lt;{@link TrainingSpec#arguments()}&gt;
 * java -cp target/lectern.jar org.lectern.bench.WorkerMain gemm --images N &lt;{@link StepProducts#arguments()}&gt;
 * java -cp target/lectern.jar org.lectern.bench.WorkerMain image --images N &lt;{@link ImageSpec#arguments()}&gt;
 * </pre>
 * It speaks the {@link ProtocolLine} protocol of {@code bench/peer.py}: a {@code ready} line once
 * the network and the data are loaded, then one {@code epoch} line per {@code epoch} command on
 * stdin, {@code done} after {@code quit}; each {@code epoch} line also counts the JVM's garbage
 * collections so far ({@code jvm_gcs}). Bad arguments exit with status 2 and a message on stderr.
 */
public final class WorkerMain {
    private WorkerMain() {
    }

    /** Runs the worker on this process's stdin and stdout and exits with {@link #run}'s status. */
    public static void main(String[] args) {
        NativeBuildSelector.select();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.exit(run(List.of(args), commands, System.out, System.err));
    }

    /** Serves epoch commands until {@code quit} or the end of input; returns 0, or 2 for bad arguments or commands. */
    static int run(List<String> args, BufferedReader commands, PrintStream out, PrintStream err) {
        EpochWork work;
        try {
            work = work(args);
        } catch (IllegalArgumentException e) {
            err.println("lectern bench worker: " + e.getMessage());
            return 2;
        }
        Map<String, String> ready = new LinkedHashMap<>(BackendDescription.describe());
        ready.putAll(work.description());
        answer(out, new ProtocolLine("ready", ready));
        try {
            for (String command = commands.readLine(); command != null; command = commands.readLine()) {
                switch (command.strip()) {
                    case "epoch" -> {
                        long start = System.nanoTime();
                        double loss = work.epoch();
                        double seconds = (System.nanoTime() - start) / 1e9;
                        Map<String, String> fields = new LinkedHashMap<>();
                        fields.put("seconds", String.format(Locale.ROOT, "%.6f", seconds));
                        fields.put("loss", String.valueOf(loss));
                        fields.put("jvm_gcs", String.valueOf(collections()));
                        answer(out, new ProtocolLine("epoch", fields));
                    }
                    case "quit" -> {
                        answer(out, new ProtocolLine("done", Map.of()));
                        return 0;
                    }
                    default -> {
                        err.println("lectern bench worker: unknown command '" + command + "'; the commands are epoch and quit");
                        return 2;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the harness's commands", e);
        }
        return 0;
    }

    /** Returns the work the arguments describe, without starting it. */
    static EpochWork work(List<String> args) {
        if (args.isEmpty() || !Job.MODES.contains(args.get(0))) {
            throw new IllegalArgumentException("the first argument is one of " + String.join(", ", Job.MODES) + "; got "
                    + args);
        }
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        int images = LibraryTraining.FULL_IMAGES;
        int at = rest.indexOf("--images");
        if (at >= 0) {
            if (at + 1 >= rest.size()) {
                throw new IllegalArgumentException("--images needs a value");
            }
            images = Arguments.parseWhole("--images", rest.get(at + 1));
            rest.subList(at, at + 2).clear();
        }
        if (images < 1) {
            throw new IllegalArgumentException("--images must be at least 1; got " + images);
        }
        if (args.get(0).equals("image")) {
            // --images is the harness's usual field; the spec fixes the pixels.
            return ImageFitting.start(ImageSpec.parse(rest));
        }
        if (args.get(0).equals("train")) {
            return LibraryTraining.start(TrainingSpec.parse(rest), images);
        }
        Arguments read = Arguments.of(rest, List.of("--sizes", "--batch"));
        return new GemmFloor(StepProducts.of(TrainingSpec.sizes(read.required("--sizes")), read.whole("--batch")), images);
    }

    /** Returns how many garbage collections this JVM has run: ND4J frees an array's native memory only once it is collected. */
    static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(c -> c > 0).sum();
    }

    private static void answer(PrintStream out, ProtocolLine line) {
        out.println(line.format());
        out.flush();
    }
}
