package org.lectern.display;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Encodes images the way Jupyter carries them: PNG bytes, base64. */
public final class ImageEncoding {
    private ImageEncoding() {
    }

    /** Returns the PNG encoding of an image. */
    public static byte[] png(RenderedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalArgumentException("no PNG writer accepts this image (" + image.getClass().getName() + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Returns the PNG encoding of an image, base64 as in a {@code display_data} message. */
    public static String pngBase64(RenderedImage image) {
        return base64(png(image));
    }

    /** Returns bytes as base64 text. */
    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
