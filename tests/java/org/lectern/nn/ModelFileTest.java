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
import java.util.Map;
import java.util.stream.Stream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;

/** Save and load round trips, and the atomic write underneath. */
class ModelFileTest {
    @TempDir
    Path dir;

    private static Autoencoder smallAutoencoder() {
        return Autoencoder.builder().inputs(12).hidden(5, Activation.TANH).seed(11).build();
    }

    @Test
    void anAutoencoderRoundTripsWithItsLayersSettingsAndParameters() {
        Autoencoder ae = smallAutoencoder().stack(3, Activation.RELU);
        Path file = dir.resolve("ae.zip");
        ae.save(file);

        Autoencoder loaded = Autoencoder.load(file);
        assertEquals(ae.spec(), loaded.spec());
        assertBitIdentical(ae.params(), loaded.params(), "parameters");
        INDArray x = Nd4j.rand(DataType.FLOAT, 4, 12);
        assertBitIdentical(ae.reconstruct(x), loaded.reconstruct(x), "reconstructions");
        assertEquals(List.of(file.getFileName()), listing(), "no temporary files left");
    }

    @Test
    void updaterStateIsSavedSoTrainingContinuesIdentically() {
        Classifier clf = Classifier.builder().inputs(12).hidden(6, Activation.TANH).classes(3).updater(new Adam(0.01))
                .dataType(DataType.DOUBLE).build();
        INDArray x = Nd4j.rand(DataType.DOUBLE, 8, 12);
        INDArray y = Nd4j.eye(3).getRows(0, 1, 2, 0, 1, 2, 0, 1).castTo(DataType.DOUBLE);
        clf.fitBatch(new DataSet(x, y));
        clf.save(dir.resolve("clf.zip"));
        Classifier loaded = Classifier.load(dir.resolve("clf.zip"));

        assertEquals(clf.fitBatch(new DataSet(x, y)), loaded.fitBatch(new DataSet(x, y)), 0.0);
        assertBitIdentical(clf.params(), loaded.params(), "after a second Adam step");
    }

    @Test
    void theFileIsAPlainDl4jModelWithLecternEntriesBeside() throws IOException {
        Autoencoder ae = smallAutoencoder();
        ModelFile.write(ae, dir.resolve("m.zip"), Map.of("lectern/notes.txt", "seed 11"));
        MultiLayerNetwork dl4j = ModelSerializer.restoreMultiLayerNetwork(dir.resolve("m.zip").toFile());
        assertBitIdentical(ae.params(), dl4j.params().reshape(ae.parameterCount()), "DL4J reads the parameters");
        ModelFile read = ModelFile.read(dir.resolve("m.zip"));
        assertEquals("Autoencoder", read.kind());
        assertEquals("seed 11", read.entry("lectern/notes.txt").orElseThrow());
        assertTrue(read.entry("lectern/absent").isEmpty());
    }

    @Test
    void loadingAsTheWrongKindSaysWhatTheFileHolds() {
        Path file = dir.resolve("ae.zip");
        smallAutoencoder().save(file);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Classifier.load(file));
        assertEquals(file + " holds an Autoencoder 12-5-12, not a Classifier; load it with Autoencoder.load(path)",
                e.getMessage());
        assertEquals("12-5-12", Mlp.load(file).spec().sizes(), "any dense network loads as an MLP");
        assertTrue(ModelFile.read(file).network() instanceof Autoencoder);
    }

    @Test
    void aMissingOrForeignFileIsReportedByName() throws IOException {
        UncheckedIOException missing = assertThrows(UncheckedIOException.class,
                () -> Autoencoder.load(dir.resolve("none.zip")));
        assertTrue(missing.getMessage().contains(dir.resolve("none.zip").toString()), missing.getMessage());
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a model");
        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class, () -> Autoencoder.load(text));
        assertTrue(foreign.getMessage().startsWith(text + " is not a saved model"), foreign.getMessage());
    }

    @Test
    void aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("model.zip");
        Files.writeString(target, "the old, complete file");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFile.write(target, temporary -> {
            Files.writeString(temporary, "half of the new fi");
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + target + ": disk full", e.getMessage());
        assertEquals("the old, complete file", Files.readString(target));
        assertEquals(List.of(target.getFileName()), listing());
    }

    @Test
    void aSuccessfulWriteReplacesTheTargetAndCreatesItsDirectory() throws IOException {
        Path target = dir.resolve("sub/dir/model.bin");
        AtomicFile.write(target, temporary -> Files.writeString(temporary, "first"));
        AtomicFile.write(target, temporary -> Files.writeString(temporary, "second"));
        assertEquals("second", Files.readString(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void extraEntriesMustLiveUnderTheLecternFolder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelFile.write(smallAutoencoder(), dir.resolve("x.zip"), Map.of("configuration.json", "{}")));
        assertEquals("extra entries go under lectern/ (e.g. lectern/notes.txt) and cannot be lectern/model.properties; "
                + "got 'configuration.json'", e.getMessage());
        assertEquals(List.of(), listing());
    }

    @Test
    void theSgdSettingsSurviveTheRoundTrip() {
        Path file = dir.resolve("lr.zip");
        Autoencoder.builder().inputs(4).hidden(2, Activation.TANH).updater(new Sgd(0.25)).build().save(file);
        assertEquals(new Sgd(0.25), Autoencoder.load(file).updater());
    }

    private List<Path> listing() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::getFileName).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
