package org.lectern.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lectern.display.MimeBundle;
import org.lectern.display.MimeType;
import org.lectern.display.Renderers;
import org.lectern.plot.AnimatedGif;

/** Animations show as an HTML image carrying the GIF itself, which every Jupyter front end plays. */
class AnimationRendererTest {
    private final Renderers renderers = PluginRenderers.create();
    private final AnimatedGif gif = AnimatedGif.of(List.of(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB),
            new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB)), 100, 100);

    @Test
    void showsAsAnHtmlImageWhoseDataIsTheGif() {
        MimeBundle bundle = renderers.render(gif);
        String html = (String) bundle.get(MimeType.HTML);
        Matcher m = Pattern.compile("<img src=\"data:image/gif;base64,([A-Za-z0-9+/=]+)\" width=\"30\" height=\"20\" "
                + "alt=\"animation, 2 frames\"/>").matcher(html);
        assertTrue(m.matches(), html.substring(0, Math.min(200, html.length())));
        assertArrayEquals(gif.bytes(), Base64.getDecoder().decode(m.group(1)));
        assertFalse(bundle.has(MimeType.GIF), "the raw GIF only when asked for");
        assertTrue(bundle.plainText().startsWith("AnimatedGif 30x20, 2 frames"), bundle.plainText());
    }

    @Test
    void givesTheRawGifWhenAskedFor() {
        MimeBundle bundle = renderers.render(gif, MimeType.GIF);
        assertArrayEquals(gif.bytes(), Base64.getDecoder().decode((String) bundle.get(MimeType.GIF)));
        assertEquals(List.of(MimeType.GIF, MimeType.TEXT), List.copyOf(bundle.data().keySet()));
    }
}
