package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.nn.ParamAssertions.assertBitIdentical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/** Save and load round trips of the variational and the convolutional autoencoder, and loading the wrong kind. */
class ReconstructionModelFileTest {
    @TempDir
    Path dir;

    @Test
    void aVaeRoundTripsWithItsLayersAndParameters() throws IOException {
        Vae vae = Vae.builder().inputs(12).encoder(8, 6).latent(3).decoder(5).seed(9).build();
        vae.fitBatch(Nd4j.rand(DataType.FLOAT, 10, 12));
        Path file = dir.resolve("vae.zip");
        vae.save(file);

        Vae loaded = Vae.load(file);
        assertEquals(vae.sizes(), loaded.sizes());
        assertEquals(vae.seed(), loaded.seed());
        assertEquals(vae.updater(), loaded.updater());
        assertBitIdentical(vae.params(), loaded.params(), "parameters");
        INDArray x = Nd4j.rand(DataType.FLOAT, 4, 12);
        assertBitIdentical(vae.reconstruct(x), loaded.reconstruct(x), "reconstructions");
        assertBitIdentical(vae.sample(5, 1), loaded.sample(5, 1), "samples");
        assertEquals(vae.lossTerms(x), loaded.lossTerms(x));
        assertEquals(List.of(file.getFileName()), listing(), "no temporary files left");
    }

    @Test
    void aConvAutoencoderRoundTripsWithItsUpdaterStateSoTrainingContinuesIdentically() {
        ConvAutoencoder cae = ConvAutoencoder.builder().image(8, 8).channels(2, 3, 4).updater(new Adam(0.01))
                .dataType(DataType.DOUBLE).seed(2).build();
        INDArray x = Nd4j.rand(DataType.DOUBLE, 6, 64);
        cae.fitBatch(x);
        Path file = dir.resolve("cae.zip");
        cae.save(file);
        ConvAutoencoder loaded = ConvAutoencoder.load(file);
        assertEquals(cae.sizes(), loaded.sizes());
        assertBitIdentical(cae.params(), loaded.params(), "parameters");

        assertEquals(cae.fitBatch(x), loaded.fitBatch(x), 0.0);
        assertBitIdentical(cae.params(), loaded.params(), "after a second Adam step");
    }

    @Test
    void loadingTheWrongKindSaysWhatTheFileHolds() {
        Path vaeFile = dir.resolve("vae.zip");
        Path caeFile = dir.resolve("cae.zip");
        Path aeFile = dir.resolve("ae.zip");
        Vae.builder().inputs(16).encoder(4).build().save(vaeFile);
        ConvAutoencoder.builder().image(4, 4).channels(1, 1, 1).build().save(caeFile);
        Autoencoder.builder().inputs(16).hidden(3, Activation.TANH).build().save(aeFile);

        assertStarts(caeFile + " holds a network of ConvolutionLayer, ConvolutionLayer, ConvolutionLayer, "
                + "Deconvolution2D, Deconvolution2D, Deconvolution2D, LossLayer layers, not a Vae",
                assertThrows(IllegalArgumentException.class, () -> Vae.load(caeFile)));
        assertStarts(aeFile + " holds a network of DenseLayer, OutputLayer layers, not a Vae",
                assertThrows(IllegalArgumentException.class, () -> Vae.load(aeFile)));
        assertStarts(vaeFile + " holds a network of VariationalAutoencoder layers, not a ConvAutoencoder",
                assertThrows(IllegalArgumentException.class, () -> ConvAutoencoder.load(vaeFile)));
        assertStarts("layer 0 is a VariationalAutoencoder; Lectern's dense networks are DenseLayers",
                assertThrows(IllegalArgumentException.class, () -> Autoencoder.load(vaeFile)));
    }

    @Test
    void aMissingOrBrokenFileIsNamed() throws IOException {
        Path missing = dir.resolve("none.zip");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Vae.load(missing));
        assertTrue(e.getMessage().contains(missing + ": no saved model there; save one with model.save(path)"),
                e.getMessage());
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a model");
        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> ConvAutoencoder.load(text));
        assertStarts(text + " is not a saved DL4J network", broken);
    }

    private static void assertStarts(String start, Exception e) {
        assertTrue(e.getMessage().startsWith(start), "message was: " + e.getMessage());
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::getFileName).toList();
        }
    }
}
