package org.lectern.plot;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes figures as PNG files atomically: into a temporary file beside the target, then renamed
 * over it, so a reader never sees half a file and an interrupted save leaves the old one intact.
 */
public final class PngFiles {
    /** Charts are saved at 144 DPI, twice their size in pixels, as the notebook shows them. */
    public static final int CHART_DPI = 144;

    private PngFiles() {
    }

    /** Writes a chart at {@value #CHART_DPI} DPI (twice its width and height) to {@code file}; returns the file. */
    public static Path save(Chart<?, ?> chart, Path file) {
        Objects.requireNonNull(chart, "chart");
        return writeAtomically(file, temp -> BitmapEncoder.saveBitmapWithDPI(chart, temp.toString(), BitmapFormat.PNG, CHART_DPI));
    }

    /** Writes an image at its own size to {@code file}; returns the file. */
    public static Path save(RenderedImage image, Path file) {
        Objects.requireNonNull(image, "image");
        return writeAtomically(file, temp -> {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("no PNG writer accepts a " + image.getClass().getName());
            }
        });
    }

    /**
     * Writes a chart ({@link Chart}) or an image ({@link RenderedImage}) to {@code file}; returns the file.
     * Anything else is refused with a message naming what can be saved.
     */
    public static Path save(Object figure, Path file) {
        if (figure instanceof Chart<?, ?> chart) {
            return save(chart, file);
        }
        if (figure instanceof RenderedImage image) {
            return save(image, file);
        }
        throw new IllegalArgumentException("cannot save a " + (figure == null ? "null" : figure.getClass().getName())
                + " as PNG: pass an XChart chart or a BufferedImage, such as a figure from Plots");
    }

    /** Writes a PNG to the temporary file it is given. */
    interface Writer {
        /** Writes the whole file at {@code temp}, which does not exist yet. */
        void write(Path temp) throws IOException;
    }

    /** Lets {@code writer} write a temporary file beside {@code file}, then renames it to {@code file}; returns the file. */
    static Path writeAtomically(Path file, Writer writer) {
        Objects.requireNonNull(file, "file");
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException(target + " is a directory; give a file name such as "
                    + target.resolve("figure.png"));
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            // The writer creates the file, so it gets the usual permissions; the name ends in .png
            // because XChart's encoder appends .png to any other name.
            temp = target.resolveSibling("." + target.getFileName() + "-" + UUID.randomUUID() + ".png");
            writer.write(temp);
            move(temp, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PNG " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The save itself already succeeded or failed; a stray temporary file is all that is left.
        }
    }
}
