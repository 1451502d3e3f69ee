package org.lectern.nn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old complete file or the new complete file, never
 * a half-written one: the content goes to a temporary file in the same directory, is flushed to
 * disk, and is then renamed over the target in one atomic step. If writing fails, the temporary
 * file is deleted and the target is left as it was.
 */
public final class AtomicFile {
    /** Writes the complete content to the temporary file it is given. */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code temporary}, which exists and is empty. */
        void writeTo(Path temporary) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code target} atomically, creating its directory if needed.
     *
     * @throws UncheckedIOException naming the target if writing or renaming fails
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(absolute.getParent());
            temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
            content.writeTo(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
        } catch (AtomicMoveNotSupportedException e) {
            throw new UncheckedIOException("cannot write " + absolute + " atomically: the file system of "
                    + absolute.getParent() + " cannot rename in one step; save to a local directory instead", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + absolute + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The write already failed; that failure is what the caller needs to see.
        }
    }
}
