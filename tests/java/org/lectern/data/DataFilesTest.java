package org.lectern.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resolver on directories the test builds: the Fashion-MNIST test labels (a real 5 KB file
 * kept in tests/resources/data) stand for a correct file, anything else for a corrupt one.
 */
class DataFilesTest {
    private static final DataFile FILE = DataFile.FASHION_TEST_LABELS;

    @TempDir
    Path root;
    private Path lecternData;
    private Path home;
    private Path systemRoot;
    private byte[] realBytes;

    @BeforeEach
    void setUp() throws IOException {
        lecternData = root.resolve("lectern-data");
        home = root.resolve("home");
        systemRoot = root.resolve("sysroot");
        try (InputStream in = getClass().getResourceAsStream("/data/fashion-mnist/t10k-labels-idx1-ubyte.gz")) {
            realBytes = in.readAllBytes();
        }
    }

    private DataFiles files(boolean withLecternData) {
        Map<String, String> variables = withLecternData ? Map.of("LECTERN_DATA", lecternData.toString()) : Map.of();
        return new DataFiles(DataEnvironment.of(variables, home, systemRoot));
    }

    private Path inLecternData() {
        return lecternData.resolve("fashion-mnist/t10k-labels-idx1-ubyte.gz");
    }

    private Path inUserDir() {
        return home.resolve(".local/share/lectern/data/fashion-mnist/t10k-labels-idx1-ubyte.gz");
    }

    private Path inSystemDir() {
        return systemRoot.resolve("usr/share/datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz");
    }

    private static Path put(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    @Test
    void searchesLecternDataThenUserDirThenSystemPath() {
        List<DataLocation> locations = files(true).locations(FILE);
        assertEquals(List.of(
                new DataLocation(inLecternData(), "$LECTERN_DATA"),
                new DataLocation(inUserDir(), "user data dir"),
                new DataLocation(inSystemDir(), "system path")), locations);
    }

    @Test
    void mnistHasNoSystemPathAndUnsetLecternDataIsNotSearched() {
        List<DataLocation> locations = files(false).locations(DataFile.MNIST_TRAIN_IMAGES);
        assertEquals(List.of(new DataLocation(
                home.resolve(".local/share/lectern/data/mnist/train-images-idx3-ubyte"), "user data dir")), locations);
    }

    @Test
    void lecternDataWinsOverUserDirWhichWinsOverSystemPath() throws IOException {
        put(inLecternData(), realBytes);
        put(inUserDir(), realBytes);
        put(inSystemDir(), realBytes);
        assertEquals(inLecternData(), files(true).resolve(FILE));

        Files.delete(inLecternData());
        assertEquals(inUserDir(), files(true).resolve(FILE));

        Files.delete(inUserDir());
        assertEquals(inSystemDir(), files(true).resolve(FILE));
    }

    @Test
    void theFirstCopyFoundIsTheOneCheckedEvenIfALaterOneIsGood() throws IOException {
        put(inLecternData(), "not the labels".getBytes());
        put(inUserDir(), realBytes);
        DataFileStatus status = files(true).status(FILE);
        assertEquals(DataFileStatus.State.CORRUPT, status.state());
        assertEquals(Optional.of(inLecternData()), status.path());
    }

    @Test
    void aVerifiedStatusCarriesPathAndBothDigests() throws IOException {
        put(inSystemDir(), realBytes);
        DataFileStatus status = files(false).status(FILE);
        assertEquals(DataFileStatus.State.VERIFIED, status.state());
        assertTrue(status.verified());
        assertEquals(Optional.of(new DataLocation(inSystemDir(), "system path")), status.found());
        assertEquals("8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05", status.expectedSha256());
        assertEquals(Optional.of(status.expectedSha256()), status.actualSha256());
    }

    @Test
    void aMissingFileNamesEveryPlaceLookedAndTheFix() {
        DataFileMissingException e = assertThrows(DataFileMissingException.class, () -> files(true).resolve(FILE));
        assertEquals("Data file fashion-mnist/t10k-labels-idx1-ubyte.gz is missing (it comes from the Debian package "
                + "dataset-fashion-mnist). Looked in:\n"
                + "  " + inLecternData() + " ($LECTERN_DATA)\n"
                + "  " + inUserDir() + " (user data dir)\n"
                + "  " + inSystemDir() + " (system path)\n"
                + "Fix: ./lectern setup", e.getMessage());
        assertEquals(DataFileStatus.State.MISSING, e.status().state());
        assertEquals(Optional.empty(), e.status().actualSha256());
    }

    @Test
    void aWrongDigestNamesTheFileBothDigestsAndTheFix() throws IOException {
        byte[] junk = "definitely not Fashion-MNIST".getBytes();
        put(inUserDir(), junk);
        String actual = DigestCache.compute(inUserDir());
        DataFileCorruptException e = assertThrows(DataFileCorruptException.class, () -> files(false).resolve(FILE));
        assertEquals("Data file fashion-mnist/t10k-labels-idx1-ubyte.gz is corrupt: " + inUserDir() + " (user data dir)\n"
                + "  expected SHA-256 8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05\n"
                + "  actual SHA-256   " + actual + "\n"
                + "Fix: ./lectern setup", e.getMessage());
    }

    @Test
    void aCorruptFileUnderLecternDataSaysThatSetupAloneCannotReplaceIt() throws IOException {
        put(inLecternData(), new byte[] {1, 2, 3});
        String message = assertThrows(DataFileCorruptException.class, () -> files(true).resolve(FILE)).getMessage();
        assertTrue(message.endsWith("Fix: ./lectern setup, then delete or replace this file: $LECTERN_DATA is searched first"),
                message);
    }

    @Test
    void theDigestIsComputedOnceAndReusedWhileSizeAndTimeAreUnchanged() throws IOException {
        Path file = put(inUserDir(), realBytes);
        FileTime time = Files.getLastModifiedTime(file);
        assertEquals(DataFileStatus.State.VERIFIED, files(false).status(FILE).state());
        Path cache = home.resolve(".cache/lectern/sha256.properties");
        assertTrue(Files.readString(cache).contains(file.toString().replace(":", "\\:")), "cache names the file");

        // Same size, same time, different bytes: only a cached digest can still say VERIFIED.
        byte[] tampered = realBytes.clone();
        tampered[100] ^= 0x55;
        Files.write(file, tampered);
        Files.setLastModifiedTime(file, time);
        assertEquals(DataFileStatus.State.VERIFIED, files(false).status(FILE).state());

        // A new modification time invalidates the entry: the digest is computed again.
        Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + 1000));
        DataFileStatus status = files(false).status(FILE);
        assertEquals(DataFileStatus.State.CORRUPT, status.state());
        assertEquals(Optional.of(DigestCache.compute(file)), status.actualSha256());
    }

    @Test
    void aChangedSizeInvalidatesTheCachedDigest() throws IOException {
        Path file = put(inUserDir(), realBytes);
        FileTime time = Files.getLastModifiedTime(file);
        assertEquals(DataFileStatus.State.VERIFIED, files(false).status(FILE).state());

        Files.write(file, java.util.Arrays.copyOf(realBytes, realBytes.length - 1));
        Files.setLastModifiedTime(file, time);
        assertEquals(DataFileStatus.State.CORRUPT, files(false).status(FILE).state());
    }

    @Test
    void aGarbledCacheFileIsIgnoredAndRewritten() throws IOException {
        put(inUserDir(), realBytes);
        Path cache = put(home.resolve(".cache/lectern/sha256.properties"), "\\u12".getBytes());
        assertEquals(DataFileStatus.State.VERIFIED, files(false).status(FILE).state());
        assertTrue(Files.readString(cache).contains(DataFile.FASHION_TEST_LABELS.sha256()));
        try (var leftovers = Files.list(cache.getParent())) {
            assertEquals(List.of(cache), leftovers.toList(), "no temporary files left behind");
        }
    }

    @Test
    void statusOfAllListsEveryKnownFileInRegistryOrder() throws IOException {
        put(inUserDir(), realBytes);
        List<DataFileStatus> all = files(false).statusOfAll();
        assertEquals(List.of(DataFile.values()), all.stream().map(DataFileStatus::file).toList());
        assertEquals(1, all.stream().filter(DataFileStatus::verified).count());
        assertFalse(all.get(0).verified());
    }
}
