package org.lectern.train.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import org.lectern.data.FashionMnist;
import org.lectern.nativebuild.NativeBuildSelector;
import org.lectern.nn.ConvAutoencoder;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Milliseconds per training step of the convolutional autoencoder at a few batch sizes (scratch measurement). */
public final class ConvStepTimes {
    // The process's CPU time, all threads: on a busy machine it moves less than the wall time.
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ConvStepTimes() {
    }

    /** Prints the mean time of 20 steps after 5 warm-up steps for the batch sizes given (default 20, 100 and 500). */
    public static void main(String[] args) {
        NativeBuildSelector.select();
        INDArray all = FashionMnist.train().quick(true).features();
        int[] batches = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {20, 100, 500};
        for (int batch : batches) {
            ConvAutoencoder cae = ConvAutoencoder.builder().build();
            INDArray x = all.get(NDArrayIndex.interval(0, batch), NDArrayIndex.all()).dup();
            for (int i = 0; i < 5; i++) {
                cae.fitBatch(x);
            }
            long start = System.nanoTime();
            long cpuStart = PROCESS.getProcessCpuTime();
            for (int i = 0; i < 20; i++) {
                cae.fitBatch(x);
            }
            double ms = (System.nanoTime() - start) / 1e6 / 20;
            double cpuMs = (PROCESS.getProcessCpuTime() - cpuStart) / 1e6 / 20;
            System.out.printf(Locale.ROOT, "batch %d: %.1f ms per step, %.2f ms per image, %.0f s per 60000, %.1f ms CPU per step%n",
                    batch, ms, ms / batch, ms / batch * 60, cpuMs);
        }
    }
}
