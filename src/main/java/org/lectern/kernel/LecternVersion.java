package org.lectern.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Lectern's version, as Maven wrote it into {@code lectern-version.properties} at build time. */
public final class LecternVersion {
    private static final String RESOURCE = "lectern-version.properties";

    private LecternVersion() {
    }

    /** Returns the project version, such as {@code 0.1.0-SNAPSHOT}. */
    public static String get() {
        try (InputStream in = LecternVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path; rebuild with mvn package");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            if (version.isBlank() || version.contains("${")) {
                throw new IllegalStateException(RESOURCE + " was not filtered by Maven (version='" + version + "'); rebuild with mvn package");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
