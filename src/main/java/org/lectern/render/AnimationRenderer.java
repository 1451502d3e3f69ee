package org.lectern.render;

import org.lectern.display.ImageEncoding;
import org.lectern.display.MimeType;
import org.lectern.display.RenderContext;
import org.lectern.plot.AnimatedGif;

/**
 * Renders an {@link AnimatedGif} as an HTML image with the GIF inline ({@code data:} URL): it
 * plays in JupyterLab, the classic notebook and nbconvert's HTML export alike, whose display
 * orders leave {@code image/gif} out. The raw {@code image/gif} is produced when asked for.
 */
final class AnimationRenderer {
    private AnimationRenderer() {
    }

    /** Writes the HTML image (and the GIF if wanted) and a one-line description. */
    static void render(AnimatedGif gif, RenderContext out) {
        String base64 = ImageEncoding.base64(gif.bytes());
        if (out.wants(MimeType.HTML)) {
            out.put(MimeType.HTML, "<img src=\"data:image/gif;base64," + base64 + "\" width=\"" + gif.width()
                    + "\" height=\"" + gif.height() + "\" alt=\"animation, " + gif.frames() + " frames\"/>");
        }
        if (out.wants(MimeType.GIF)) {
            out.put(MimeType.GIF, base64);
        }
        out.put(MimeType.TEXT, gif.toString());
    }
}
