package org.lectern.nn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

/**
 * Saves and reads the DL4J networks under the {@link ReconstructionModel}s as DL4J's own model
 * zip ({@code ModelSerializer}: configuration, parameters, updater state), written atomically
 * through {@link AtomicFile}, so DL4J can read the file as is.
 */
final class Dl4jModelFiles {
    private Dl4jModelFiles() {
    }

    /** Writes the network (with its updater state) to {@code file} atomically. */
    static void write(MultiLayerNetwork network, Path file) {
        Objects.requireNonNull(file, "file");
        AtomicFile.write(file, temporary -> ModelSerializer.writeModel(network, temporary.toFile(), true));
    }

    /**
     * Reads a network saved by {@link #write}.
     *
     * @throws UncheckedIOException     naming the file if it is missing or unreadable
     * @throws IllegalArgumentException if the file is not a saved DL4J network
     */
    static MultiLayerNetwork read(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new NoSuchFileException(file.toString(), null,
                    "no saved model there; save one with model.save(path)"));
        }
        try {
            return ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model in " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a saved DL4J network: " + e.getMessage(), e);
        }
    }

    /** Returns the layer types of a configuration, e.g. {@code DenseLayer, OutputLayer}. */
    static String layerTypes(MultiLayerConfiguration conf) {
        return conf.getConfs().stream().map(c -> c.getLayer().getClass().getSimpleName())
                .collect(Collectors.joining(", "));
    }
}
