package org.lectern.train.bench;

import java.util.Locale;
import org.lectern.data.FashionMnist;
import org.lectern.nn.ConvAutoencoder;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Milliseconds per training step of the convolutional autoencoder at a few batch sizes (scratch measurement). */
public final class ConvStepTimes {
    private ConvStepTimes() {
    }

    /** Prints the mean time of 20 steps after 5 warm-up steps for batch sizes 20, 100 and 500. */
    public static void main(String[] args) {
        INDArray all = FashionMnist.train().quick(true).features();
        for (int batch : new int[] {20, 100, 500}) {
            ConvAutoencoder cae = ConvAutoencoder.builder().build();
            INDArray x = all.get(NDArrayIndex.interval(0, batch), NDArrayIndex.all()).dup();
            for (int i = 0; i < 5; i++) {
                cae.fitBatch(x);
            }
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                cae.fitBatch(x);
            }
            double ms = (System.nanoTime() - start) / 1e6 / 20;
            System.out.printf(Locale.ROOT, "batch %d: %.1f ms per step, %.2f ms per image, %.0f s per 60000%n", batch,
                    ms, ms / batch, ms / batch * 60);
        }
    }
}
