package org.lectern.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.lectern.display.MimeBundle;
import org.lectern.display.MimeType;
import org.lectern.display.Renderers;

/** Test helpers: a registry holding only this library's renderers, and PNG decoding. */
final class PluginRenderers {
    private PluginRenderers() {
    }

    /** Returns a registry with the plugin's renderers and nothing else. */
    static Renderers create() {
        Renderers renderers = new Renderers();
        new LecternPlugin().registerRenderers(renderers);
        return renderers;
    }

    /** Decodes the bundle's base64 PNG. */
    static BufferedImage png(MimeBundle bundle) throws IOException {
        byte[] bytes = Base64.getDecoder().decode((String) bundle.get(MimeType.PNG));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IOException("the PNG data does not decode");
        }
        return image;
    }
}
