package org.lectern.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * Decodes an animated GIF the way a browser plays it: each stored frame drawn at its offset over
 * the picture so far. Also reports each frame's delay in hundredths of a second.
 */
final class GifFrames {
    final int width;
    final int height;
    final List<BufferedImage> frames = new ArrayList<>();
    final List<Integer> delays = new ArrayList<>();

    GifFrames(byte[] gif) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in);
            IIOMetadataNode stream = (IIOMetadataNode) reader.getStreamMetadata().getAsTree("javax_imageio_gif_stream_1.0");
            IIOMetadataNode screen = (IIOMetadataNode) stream.getElementsByTagName("LogicalScreenDescriptor").item(0);
            width = Integer.parseInt(screen.getAttribute("logicalScreenWidth"));
            height = Integer.parseInt(screen.getAttribute("logicalScreenHeight"));
            BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            int count = reader.getNumImages(true);
            for (int i = 0; i < count; i++) {
                BufferedImage part = reader.read(i);
                IIOMetadataNode meta = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode descriptor = (IIOMetadataNode) meta.getElementsByTagName("ImageDescriptor").item(0);
                int x = Integer.parseInt(descriptor.getAttribute("imageLeftPosition"));
                int y = Integer.parseInt(descriptor.getAttribute("imageTopPosition"));
                Node control = meta.getElementsByTagName("GraphicControlExtension").item(0);
                delays.add(Integer.parseInt(((IIOMetadataNode) control).getAttribute("delayTime")));
                Graphics2D g = canvas.createGraphics();
                g.drawImage(part, x, y, null);
                g.dispose();
                BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D c = copy.createGraphics();
                c.drawImage(canvas, 0, 0, null);
                c.dispose();
                frames.add(copy);
            }
        } finally {
            reader.dispose();
        }
    }
}
