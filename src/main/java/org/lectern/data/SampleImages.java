package org.lectern.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Natural photos for the image-regression lectures, read from verified data files: today the
 * astronaut from scikit-image's sample data (Eileen Collins, NASA, public domain), installed by
 * {@value DataFiles#SETUP_COMMAND} from Debian's {@code python3-skimage} package.
 *
 * <pre>{@code
 * BufferedImage full = SampleImages.astronaut();        // 512x512, as in the paper
 * BufferedImage small = SampleImages.astronaut(256);    // area-averaged to 256x256
 * }</pre>
 */
public final class SampleImages {
    /** The astronaut photo's side in pixels. */
    public static final int ASTRONAUT_SIZE = 512;

    private SampleImages() {
    }

    /**
     * Returns the astronaut photo, 512x512, {@code TYPE_INT_RGB}, after checking its SHA-256.
     *
     * @throws DataFileMissingException if it is not installed (the message says where it was looked for and the fix)
     * @throws DataFileCorruptException if the file found has the wrong SHA-256
     */
    public static BufferedImage astronaut() {
        return astronaut(DataFiles.standard());
    }

    /**
     * Returns the astronaut photo resized to {@code size x size} with {@link ImageResize#square}
     * (area average when shrinking).
     *
     * @throws IllegalArgumentException if {@code size} is not positive
     */
    public static BufferedImage astronaut(int size) {
        ImageResize.requirePositiveSize(size);
        return ImageResize.square(astronaut(), size);
    }

    /** Returns the astronaut photo as found and verified by the given resolver, 512x512 {@code TYPE_INT_RGB}. */
    public static BufferedImage astronaut(DataFiles files) {
        return read(files.resolve(DataFile.ASTRONAUT));
    }

    /** Decodes an image file into a {@code TYPE_INT_RGB} image, saying which file failed if it cannot. */
    static BufferedImage read(Path file) {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot decode the image: " + e.getMessage(), e);
        }
        if (image == null) {
            throw new IllegalStateException(file + ": not in an image format Java can read (expected PNG)");
        }
        return image.getType() == BufferedImage.TYPE_INT_RGB ? image : ImageResize.rgb(image);
    }
}
