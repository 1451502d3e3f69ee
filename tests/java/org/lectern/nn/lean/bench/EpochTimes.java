package org.lectern.nn.lean.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.lectern.data.DataSplit;
import org.lectern.data.GaussianNoise;
import org.lectern.data.Mnist;
import org.lectern.nativebuild.NativeBuildSelector;
import org.lectern.nn.Autoencoder;
import org.lectern.nn.Classifier;
import org.lectern.nn.EngineFactory;
import org.lectern.nn.Network;
import org.lectern.nn.lean.LeanEngine;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Seconds per MNIST epoch of the issue-6 workloads on each engine: real MNIST (60,000 images),
 * a warm-up epoch, then the median of several epochs, the engines interleaved epoch by epoch, and
 * the sgemm floor (the five matrix products of the 784-400-784 autoencoder at batch 1000) measured
 * in the same run, since this shared machine's speed moves from minute to minute; "batches" is an
 * epoch of only fetching the shuffled batches, which every training epoch includes.
 *
 * <pre>
 * OMP_WAIT_POLICY=PASSIVE java --add-modules jdk.incubator.vector -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.lectern.nn.lean.bench.EpochTimes [repetitions] [workload names...]
 * </pre>
 */
public final class EpochTimes {
    private static final Map<String, Double> PYTORCH = Map.of("ae-1000", 1.29, "ae-100", 1.70, "dae-l1-1000", 1.83,
            "clf-100", 1.11, "clf-1000", 0.83);
    private static final double PYTORCH_FLOOR = 1.10;

    private EpochTimes() {
    }

    /** Runs the workloads named in the arguments (all if none) and prints a table. */
    public static void main(String[] args) {
        NativeBuildSelector.select();
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String> names = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of();
        Map<String, Function<EngineFactory, Workload>> workloads = new LinkedHashMap<>();
        workloads.put("ae-1000", engine -> new Workload(Autoencoder.builder().engine(engine).build(), 1000));
        workloads.put("ae-100", engine -> new Workload(Autoencoder.builder().engine(engine).build(), 100));
        workloads.put("dae-l1-1000", engine -> new Workload(Autoencoder.builder().hidden(400, Activation.TANH)
                .activityL1(0.1).denoising(GaussianNoise.of(0.1, 0.2)).updater(new Adam(1e-3)).engine(engine)
                .build(), 1000));
        workloads.put("clf-100", engine -> new Workload(classifier(engine), 100));
        workloads.put("clf-1000", engine -> new Workload(classifier(engine), 1000));
        System.out.println("kernels: " + LeanEngine.create(Autoencoder.builder().build().spec(),
                Autoencoder.builder().build().params()).kernels());
        System.out.printf(Locale.ROOT, "%-12s %7s %7s %7s %7s %9s %10s %10s%n", "workload", "floor", "batches", "DL4J",
                "lean", "lean/DL4J", "lean/floor", "torch/floor");
        for (Map.Entry<String, Function<EngineFactory, Workload>> entry : workloads.entrySet()) {
            if (!names.isEmpty() && !names.contains(entry.getKey())) {
                continue;
            }
            Workload dl4j = entry.getValue().apply(EngineFactory.dl4j());
            Workload lean = entry.getValue().apply(EngineFactory.lean());
            dl4j.epoch();
            lean.epoch();
            double[] floor = new double[repetitions];
            double[] iteration = new double[repetitions];
            double[] dl4jTimes = new double[repetitions];
            double[] leanTimes = new double[repetitions];
            for (int r = 0; r < repetitions; r++) {
                floor[r] = gemmFloor();
                iteration[r] = lean.iterateOnly();
                dl4jTimes[r] = dl4j.epoch();
                leanTimes[r] = lean.epoch();
            }
            double f = median(floor);
            double d = median(dl4jTimes);
            double l = median(leanTimes);
            System.out.printf(Locale.ROOT, "%-12s %7.3f %7.3f %7.3f %7.3f %9.2f %10.2f %10.2f   lean %s DL4J %s%n",
                    entry.getKey(), f, median(iteration), d, l, l / d, l / f,
                    PYTORCH.get(entry.getKey()) / PYTORCH_FLOOR, Arrays.toString(round(leanTimes)),
                    Arrays.toString(round(dl4jTimes)));
        }
    }

    private static Classifier classifier(EngineFactory engine) {
        return Classifier.builder().hidden(400, Activation.TANH).hidden(256, Activation.TANH).engine(engine).build();
    }

    /** Returns the seconds of one epoch's worth (60 steps) of the autoencoder's five products at batch 1000. */
    static double gemmFloor() {
        INDArray x = Nd4j.rand(DataType.FLOAT, 1000, 784);
        INDArray w1 = Nd4j.rand(DataType.FLOAT, 784, 400).dup('f');
        INDArray w2 = Nd4j.rand(DataType.FLOAT, 400, 784).dup('f');
        INDArray h = Nd4j.create(DataType.FLOAT, new long[] {1000, 400}, 'c');
        INDArray y = Nd4j.create(DataType.FLOAT, new long[] {1000, 784}, 'c');
        INDArray dh = Nd4j.create(DataType.FLOAT, new long[] {1000, 400}, 'c');
        long start = System.nanoTime();
        for (int step = 0; step < 60; step++) {
            Nd4j.gemm(x, w1, h, false, false, 1.0, 0.0);
            Nd4j.gemm(h, w2, y, false, false, 1.0, 0.0);
            Nd4j.gemm(h, y, w2, true, false, 1e-9, 1.0);
            Nd4j.gemm(y, w2, dh, false, true, 1.0, 0.0);
            Nd4j.gemm(x, dh, w1, true, false, 1e-9, 1.0);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double[] round(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 1000) / 1000.0).toArray();
    }

    /** One network training on shuffled MNIST batches of one size. */
    private static final class Workload {
        private final Network network;
        private final DataSetIterator batches;

        Workload(Network network, int batchSize) {
            this.network = network;
            DataSplit split = Mnist.train().batchSize(batchSize);
            this.batches = split.iterator();
        }

        /** Returns the seconds of one epoch of only fetching the batches. */
        double iterateOnly() {
            batches.reset();
            long start = System.nanoTime();
            while (batches.hasNext()) {
                batches.next();
            }
            return (System.nanoTime() - start) / 1e9;
        }

        /** Trains one epoch and returns its seconds. */
        double epoch() {
            batches.reset();
            long start = System.nanoTime();
            List<Double> losses = new ArrayList<>();
            while (batches.hasNext()) {
                losses.add(network.fitBatch(batches.next()));
            }
            network.epochDone();
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
