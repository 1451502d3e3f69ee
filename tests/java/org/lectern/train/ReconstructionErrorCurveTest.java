package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lectern.data.GaussianNoise;
import org.lectern.nn.Autoencoder;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/** The curve holds the reconstruction error (no L1 term) before training and after every epoch. */
class ReconstructionErrorCurveTest {
    private static final INDArray CLEAN = Nd4j.rand(DataType.FLOAT, 50, 20);
    private static final INDArray NOISY = GaussianNoise.of(0.1, 0.2).corrupt(CLEAN);

    @Test
    void itMeasuresBeforeTrainingAndAfterEachEpochWithoutThePenalty() {
        Autoencoder model = Autoencoder.builder().inputs(20).hidden(8, Activation.TANH).activityL1(0.1)
                .updater(new Adam(0.01)).seed(1).build();
        double before = model.reconstructionError(NOISY, CLEAN);
        ReconstructionErrorCurve curve = ReconstructionErrorCurve.of(model, NOISY, CLEAN);
        double[] afterEach = new double[3];
        TrainingListener probe = new TrainingListener() {
            @Override
            public void epochDone(EpochRecord epoch) {
                afterEach[epoch.epoch() - 1] = model.reconstructionError(NOISY, CLEAN);
            }
        };
        TrainingHistory history = Trainer.on(model).epochs(3).data(new ShuffledBatches(60, 20, 3, 20, 5, 6))
                .listener(curve).listener(probe).progress(false).print(false).fit();
        assertEquals(before, curve.initialError(), 0.0);
        assertEquals(3, curve.errors().length);
        for (int i = 0; i < 3; i++) {
            assertEquals(afterEach[i], curve.errors()[i], 0.0, "epoch " + (i + 1));
            assertTrue(curve.errors()[i] < history.records().get(i).loss(), "the training loss carries the L1 term");
        }
        assertEquals(afterEach[2], curve.lastError(), 0.0);
    }

    @Test
    void misuseIsExplained() {
        Autoencoder model = Autoencoder.builder().inputs(20).hidden(8, Activation.TANH).build();
        assertEquals("inputs and targets must have the same shape; got [50, 20] and [10, 20]",
                assertThrows(IllegalArgumentException.class,
                        () -> ReconstructionErrorCurve.of(model, NOISY, CLEAN.get(
                                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 10),
                                org.nd4j.linalg.indexing.NDArrayIndex.all()))).getMessage());
        assertEquals("no epoch is done yet; pass this curve to Trainer.listener(...) and fit()",
                assertThrows(IllegalStateException.class, () -> ReconstructionErrorCurve.of(model, CLEAN).lastError())
                        .getMessage());
        assertTrue(Double.isNaN(ReconstructionErrorCurve.of(model, CLEAN).initialError()));
    }
}
