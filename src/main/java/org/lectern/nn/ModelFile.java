package org.lectern.nn;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.lectern.data.Corruption;

/**
 * A saved network: DL4J's model zip ({@code ModelSerializer}: configuration, parameters, updater
 * state), so DL4J can read it as is, plus Lectern's entries under {@code lectern/} (what kind of
 * network it is, how it was initialised, which engine computed it, its denoising setting, and
 * whatever a caller such as a checkpoint adds). A loaded network continues with the engine it was
 * saved with (parameters, updater state and iteration count carried over).
 * Files are written atomically: a reader never sees a half-written file.
 */
public final class ModelFile {
    /** The folder inside the zip that holds Lectern's entries. */
    public static final String ENTRY_FOLDER = "lectern/";

    private static final String MODEL_ENTRY = ENTRY_FOLDER + "model.properties";
    private static final String FORMAT = "1";
    private static final String DENOISING = "denoising.";

    private final Path file;
    private final NetworkSpec spec;
    private final Engine engine;
    private final EngineFactory engineFactory;
    private final String kind;
    private final Map<String, String> entries;
    private final Corruption denoising;

    private ModelFile(Path file, NetworkSpec spec, EngineFactory engineFactory, Engine engine, String kind,
                      Map<String, String> entries, Corruption denoising) {
        this.file = file;
        this.spec = spec;
        this.engineFactory = engineFactory;
        this.engine = engine;
        this.kind = kind;
        this.entries = entries;
        this.denoising = denoising;
    }

    /** Saves the network to {@code file} atomically. */
    public static void write(Network network, Path file) {
        write(network, file, Map.of());
    }

    /**
     * Saves the network and extra text entries (names starting with {@value #ENTRY_FOLDER}) to
     * {@code file} atomically.
     */
    public static void write(Network network, Path file, Map<String, String> extraEntries) {
        extraEntries.keySet().forEach(ModelFile::requireExtraName);
        Properties model = new Properties();
        model.setProperty("format", FORMAT);
        model.setProperty("kind", network.kind());
        model.setProperty("init", network.spec().init().name());
        if (network.engineFactory() instanceof BuiltInEngine engine) {
            model.setProperty("engine", engine.name());
        }
        if (network instanceof Autoencoder ae && ae.denoising().isPresent()) {
            ae.denoising().get().settings().forEach((name, value) -> model.setProperty(DENOISING + name, value));
        }
        Map<String, String> lectern = new LinkedHashMap<>();
        lectern.put(MODEL_ENTRY, text(model));
        lectern.putAll(extraEntries);
        MultiLayerNetwork dl4j = network.toMultiLayerNetwork();
        AtomicFile.write(file, temporary -> {
            ByteArrayOutputStream dl4jZip = new ByteArrayOutputStream();
            ModelSerializer.writeModel(dl4j, dl4jZip, true);
            // Copied entry by entry rather than edited as a zip file system, which would add a
            // directory entry that DL4J's reader rejects.
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(dl4jZip.toByteArray()));
                 ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
                for (Map.Entry<String, String> entry : lectern.entrySet()) {
                    out.putNextEntry(new ZipEntry(entry.getKey()));
                    out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                    out.closeEntry();
                }
            }
        });
    }

    /**
     * Reads a saved network.
     *
     * @throws UncheckedIOException     naming the file if it is missing or unreadable
     * @throws IllegalArgumentException if the file is not a saved dense network
     */
    public static ModelFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(new java.nio.file.NoSuchFileException(file.toString(), null,
                    "no saved model there; save one with network.save(path)"));
        }
        Map<String, String> entries = lecternEntries(file);
        MultiLayerNetwork network;
        try {
            network = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model in " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is not a saved DL4J network: " + e.getMessage(), e);
        }
        Properties model = properties(entries.getOrDefault(MODEL_ENTRY, ""));
        Init init = Init.named(model.getProperty("init", "PYTORCH"));
        NetworkSpec spec = Dl4jConfigurations.specOf(network, init);
        EngineFactory engineFactory = BuiltInEngine.named(model.getProperty("engine"));
        return new ModelFile(file, spec, engineFactory, engineFactory.adopt(spec, network),
                model.getProperty("kind", "MLP"), entries, denoising(model, file));
    }

    /** Returns the network as the kind it was saved as. */
    public Network network() {
        return switch (kind) {
            case "Autoencoder" -> network(Autoencoder.class);
            case "Classifier" -> network(Classifier.class);
            default -> network(Mlp.class);
        };
    }

    /**
     * Returns the network as the given kind; any saved network can be read as an {@link Mlp}.
     *
     * @throws IllegalArgumentException if it was saved as another kind
     */
    public <T extends Network> T network(Class<T> type) {
        Network network;
        if (type == Mlp.class) {
            network = new Mlp(spec, engine, engineFactory);
        } else if (!type.getSimpleName().equals(kind)) {
            throw new IllegalArgumentException(file + " holds " + withArticle(kind) + " " + spec.sizes() + ", not "
                    + withArticle(type.getSimpleName()) + "; load it with " + kind.replace("MLP", "Mlp") + ".load(path)");
        } else if (type == Autoencoder.class) {
            network = new Autoencoder(spec, engine, engineFactory, denoising);
        } else {
            network = new Classifier(spec, engine, engineFactory);
        }
        return type.cast(network);
    }

    /** Returns the kind the network was saved as: {@code Autoencoder}, {@code Classifier} or {@code MLP}. */
    public String kind() {
        return kind;
    }

    /** Returns the text of an extra entry written with the network, if there is one. */
    public Optional<String> entry(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    private static Corruption denoising(Properties model, Path file) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : model.stringPropertyNames()) {
            if (name.startsWith(DENOISING)) {
                settings.put(name.substring(DENOISING.length()), model.getProperty(name));
            }
        }
        if (settings.isEmpty()) {
            return null;
        }
        try {
            return Corruption.fromSettings(settings);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " has an unreadable denoising setting in " + MODEL_ENTRY + ": "
                    + e.getMessage(), e);
        }
    }

    private static String withArticle(String kind) {
        return ("AEIOUM".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private static void requireExtraName(String name) {
        if (!name.startsWith(ENTRY_FOLDER) || name.length() == ENTRY_FOLDER.length() || name.equals(MODEL_ENTRY)
                || name.endsWith("/")) {
            throw new IllegalArgumentException("extra entries go under " + ENTRY_FOLDER + " (e.g. " + ENTRY_FOLDER
                    + "notes.txt) and cannot be " + MODEL_ENTRY + "; got '" + name + "'");
        }
    }

    private static Map<String, String> lecternEntries(Path file) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            for (ZipEntry entry : Collections.list(all)) {
                if (entry.getName().startsWith(ENTRY_FOLDER) && !entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new IllegalArgumentException(file + " is not a saved model (not a zip file): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return entries;
    }

    private static String text(Properties properties) {
        StringWriter out = new StringWriter();
        properties.forEach((key, value) -> out.append(key.toString()).append('=').append(value.toString()).append('\n'));
        return out.toString();
    }

    private static Properties properties(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
