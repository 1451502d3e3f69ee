package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.data.Corruption;
import org.lectern.data.GaussianNoise;
import org.lectern.data.MaskingNoise;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/** A denoising autoencoder trains on corrupted features against the clean ones. */
class DenoisingTest {
    private static final INDArray X = Nd4j.rand(DataType.FLOAT, 6, 10);

    @TempDir
    Path dir;

    @Test
    void eachTrainingStepSeesFreshNoiseWhileTheTargetStaysClean() {
        for (EngineFactory engine : Engines.BOTH) {
            for (Corruption noise : new Corruption[] {GaussianNoise.of(0.1, 0.2).seed(5), MaskingNoise.of(0.3).seed(5)}) {
                Autoencoder denoising = builder(engine).denoising(noise).build();
                Autoencoder plain = builder(engine).build();
                Corruption replay = noise.restarted();
                for (int step = 0; step < 3; step++) {
                    double loss = denoising.fitBatch(new DataSet(X, X));
                    double expected = plain.engine().fit(replay.corrupt(X), X);
                    assertEquals(expected, loss, 0.0, engine + " " + noise + " step " + step);
                }
                ParamAssertions.assertBitIdentical(plain.params(), denoising.params(), engine + " parameters");
                assertEquals(plain.loss(X), denoising.loss(X), 0.0, "loss(...) without training uses the clean features");
            }
        }
    }

    @Test
    void maskingNoiseSurvivesSavingAndContinuesItsSequenceFromTheSeed() {
        Autoencoder masking = builder(EngineFactory.DL4J).denoising(MaskingNoise.of(0.25).seed(8)).build();
        masking.save(dir.resolve("masking.zip"));
        Autoencoder loaded = Autoencoder.load(dir.resolve("masking.zip"));
        Corruption noise = loaded.denoising().orElseThrow();
        assertInstanceOf(MaskingNoise.class, noise);
        assertEquals("masking noise (fraction 0.25, seed 8)", noise.toString());
        assertEquals(MaskingNoise.of(0.25).seed(8).corrupt(X), noise.corrupt(X));
        assertTrue(masking.summary().contains("denoising: inputs corrupted with masking noise (fraction 0.25, seed 8)"),
                masking.summary());
    }

    @Test
    void theBuilderTakesItsOwnCopySoTheCallersGeneratorIsUntouched() {
        GaussianNoise noise = GaussianNoise.of(0.1, 0.2).seed(5);
        Autoencoder denoising = builder(EngineFactory.DL4J).denoising(noise).build();
        denoising.fitBatch(new DataSet(X, X));
        assertEquals(GaussianNoise.of(0.1, 0.2).seed(5).corrupt(X), noise.corrupt(X));
    }

    @Test
    void theSettingSurvivesSavingStackingAndShowsInTheSummary() {
        Autoencoder denoising = builder(EngineFactory.DL4J).denoising(GaussianNoise.of(0.1, 0.2).seed(5)).build();
        denoising.save(dir.resolve("dae.zip"));
        Autoencoder loaded = Autoencoder.load(dir.resolve("dae.zip"));
        assertEquals("Gaussian noise (mean 0.1, sigma 0.2, seed 5)", loaded.denoising().orElseThrow().toString());
        assertEquals("Gaussian noise (mean 0.1, sigma 0.2, seed 5)",
                denoising.stack(2).denoising().orElseThrow().toString());
        assertTrue(denoising.summary().contains("denoising: inputs corrupted with Gaussian noise (mean 0.1, sigma 0.2, "
                + "seed 5)"), denoising.summary());
        assertTrue(builder(EngineFactory.DL4J).build().denoising().isEmpty());
    }

    private static Autoencoder.Builder builder(EngineFactory engine) {
        return Autoencoder.builder().inputs(10).hidden(4, Activation.TANH).updater(new Adam(0.01)).seed(2)
                .engine(engine);
    }
}
