package org.lectern.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Gives the SHA-256 of a file, computing it only when the file is new or has changed. Digests are
 * kept in a properties file keyed by the file's absolute path; each entry also records the size
 * and modification time it was computed for, and a mismatch in either means "compute again".
 * The properties file is rewritten atomically (temporary file, then rename), so a crash or a
 * second process never leaves it half-written. If it cannot be written the digest is still
 * returned: the cache only saves time.
 */
public final class DigestCache {
    /** The cache file's name inside the cache directory. */
    public static final String FILE_NAME = "sha256.properties";

    private final Path cacheFile;

    /** Creates a cache backed by {@code directory/}{@value #FILE_NAME}. */
    public DigestCache(Path directory) {
        this.cacheFile = directory.resolve(FILE_NAME);
    }

    /** Returns the properties file this cache reads and writes. */
    public Path file() {
        return cacheFile;
    }

    /**
     * Returns the lower-case hex SHA-256 of the file, from the cache if its size and modification
     * time are unchanged since it was last computed.
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    public synchronized String sha256(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String stamp = stamp(absolute);
        Properties entries = load();
        String cached = entries.getProperty(absolute.toString());
        if (cached != null && cached.startsWith(stamp + " ")) {
            return cached.substring(stamp.length() + 1);
        }
        String digest = compute(absolute);
        entries.setProperty(absolute.toString(), stamp + " " + digest);
        store(entries);
        return digest;
    }

    /** Returns the lower-case hex SHA-256 of a file's bytes, read in full. */
    public static String compute(Path file) {
        MessageDigest sha = sha256Digest();
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read to check its SHA-256: " + e, e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() + " " + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read its size and modification time: " + e, e);
        }
    }

    private Properties load() {
        Properties entries = new Properties();
        if (Files.isRegularFile(cacheFile)) {
            try (InputStream in = Files.newInputStream(cacheFile)) {
                entries.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // An unreadable or garbled cache is treated as empty and rewritten below.
                entries.clear();
            }
        }
        return entries;
    }

    private void store(Properties entries) {
        try {
            Files.createDirectories(cacheFile.getParent());
            Path temporary = Files.createTempFile(cacheFile.getParent(), FILE_NAME, ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    entries.store(out, "SHA-256 of Lectern data files: path = size mtime-ns sha256");
                }
                moveAtomically(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // Not fatal: the digest is correct, it will only be computed again next time.
        }
    }

    private void moveAtomically(Path temporary) throws IOException {
        try {
            Files.move(temporary, cacheFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, cacheFile, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
