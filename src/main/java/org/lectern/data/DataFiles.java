package org.lectern.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds data files and checks them. Each {@link DataFile} is looked for in order in
 * {@code $LECTERN_DATA/<dir>/}, then the user data dir {@code $XDG_DATA_HOME/lectern/data/<dir>/}
 * (where {@value #SETUP_COMMAND} installs), then the file's system directory if it has one; the
 * first copy found is the one used, and it must have the recorded SHA-256. Digests are cached
 * by {@link DigestCache}, so a file is hashed again only after it changes.
 *
 * <pre>{@code
 * Path images = DataFiles.standard().resolve(DataFile.MNIST_TRAIN_IMAGES);
 * }</pre>
 */
public final class DataFiles {
    /** The one command that installs or repairs every data file. */
    public static final String SETUP_COMMAND = "./lectern setup";
    /** The origin of a place named by {@code $LECTERN_DATA}. */
    public static final String LECTERN_DATA_ORIGIN = "$" + DataEnvironment.DATA_ENV;
    /** The origin of a place in the user data dir. */
    public static final String USER_DATA_ORIGIN = "user data dir";
    /** The origin of a place a system package installs into. */
    public static final String SYSTEM_ORIGIN = "system path";

    private final DataEnvironment environment;
    private final DigestCache digests;

    /** Creates a resolver over the given places, caching digests in its cache directory. */
    public DataFiles(DataEnvironment environment) {
        this.environment = environment;
        this.digests = new DigestCache(environment.cacheDir());
    }

    /** Returns a resolver for this process's environment. */
    public static DataFiles standard() {
        return new DataFiles(DataEnvironment.current());
    }

    /** Returns the places searched. */
    public DataEnvironment environment() {
        return environment;
    }

    /** Returns the digest cache in use. */
    public DigestCache digests() {
        return digests;
    }

    /** Returns every place the file may be, in the order they are searched. */
    public List<DataLocation> locations(DataFile file) {
        List<DataLocation> locations = new ArrayList<>();
        environment.lecternData().ifPresent(dir ->
                locations.add(new DataLocation(dir.resolve(file.relativePath()), LECTERN_DATA_ORIGIN)));
        locations.add(new DataLocation(environment.userDataDir().resolve(file.relativePath()), USER_DATA_ORIGIN));
        file.systemDirectory().ifPresent(dir ->
                locations.add(new DataLocation(environment.systemPath(dir).resolve(file.fileName()), SYSTEM_ORIGIN)));
        return locations;
    }

    /** Returns whether the file is there and intact, and where; never throws for a missing or bad file. */
    public DataFileStatus status(DataFile file) {
        List<DataLocation> locations = locations(file);
        Optional<DataLocation> found = locations.stream().filter(l -> Files.isRegularFile(l.file())).findFirst();
        if (found.isEmpty()) {
            return new DataFileStatus(file, DataFileStatus.State.MISSING, found, Optional.empty(), locations);
        }
        String actual = digests.sha256(found.get().file());
        DataFileStatus.State state = actual.equals(file.sha256())
                ? DataFileStatus.State.VERIFIED : DataFileStatus.State.CORRUPT;
        return new DataFileStatus(file, state, found, Optional.of(actual), locations);
    }

    /** Returns the status of every known data file, in {@link DataFile} order. */
    public List<DataFileStatus> statusOfAll() {
        return Arrays.stream(DataFile.values()).map(this::status).toList();
    }

    /**
     * Returns the path of the file after checking its SHA-256.
     *
     * @throws DataFileMissingException if the file is in none of the places searched
     * @throws DataFileCorruptException if the first copy found has the wrong SHA-256
     */
    public Path resolve(DataFile file) {
        DataFileStatus status = status(file);
        return switch (status.state()) {
            case VERIFIED -> status.path().orElseThrow();
            case MISSING -> throw new DataFileMissingException(status);
            case CORRUPT -> throw new DataFileCorruptException(status);
        };
    }
}
