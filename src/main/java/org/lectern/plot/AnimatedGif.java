package org.lectern.plot;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF held in memory: frames of equal size shown one after another, looping, the
 * last frame held longer so the end state can be read. Shows inline in a notebook (the notebook
 * plugin renders it as an HTML image, which JupyterLab, the classic notebook and the HTML export
 * all play) and saves to a file. Encoded with the JDK's own GIF writer through ImageIO, which
 * streams to memory and takes a delay per frame (XChart's {@code GifEncoder} only writes files
 * with one delay).
 *
 * <pre>{@code
 * AnimatedGif gif = AnimatedGif.of(frames, 80, 2000);   // 80 ms per frame, last frame 2 s
 * gif.save(Path.of("race.gif"));
 * }</pre>
 */
public final class AnimatedGif {
    private final byte[] bytes;
    private final int width;
    private final int height;
    private final int frames;

    private AnimatedGif(byte[] bytes, int width, int height, int frames) {
        this.bytes = bytes;
        this.width = width;
        this.height = height;
        this.frames = frames;
    }

    /**
     * Encodes frames of equal size, each shown {@code frameMillis}, the last one {@code lastFrameMillis},
     * looping forever. GIF counts time in hundredths of a second, so delays are rounded to 10 ms.
     */
    public static AnimatedGif of(List<BufferedImage> frames, int frameMillis, int lastFrameMillis) {
        Objects.requireNonNull(frames, "frames");
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one frame");
        }
        Arguments.positive(frameMillis, "frame delay in milliseconds");
        Arguments.positive(lastFrameMillis, "last frame's delay in milliseconds");
        int width = frames.get(0).getWidth();
        int height = frames.get(0).getHeight();
        for (int i = 0; i < frames.size(); i++) {
            BufferedImage frame = Objects.requireNonNull(frames.get(i), "frame " + i);
            if (frame.getWidth() != width || frame.getHeight() != height) {
                throw new IllegalArgumentException("frame " + i + " is " + frame.getWidth() + "x" + frame.getHeight()
                        + " but the first is " + width + "x" + height + "; every frame must have the same size");
            }
        }
        GifPalette palette = GifPalette.of(List.of(frames.get(0), frames.get(frames.size() - 1)));
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            int[] previous = null;
            for (int i = 0; i < frames.size(); i++) {
                int[] rgb = frames.get(i).getRGB(0, 0, width, height, null, 0, width);
                int[] indices = new int[rgb.length];
                for (int p = 0; p < rgb.length; p++) {
                    indices[p] = palette.index(rgb[p]);
                }
                // Only the rectangle that changed is stored, unchanged pixels in it transparent.
                Rectangle changed = previous == null ? new Rectangle(0, 0, width, height) : changed(previous, indices, width, height);
                BufferedImage part = new BufferedImage(changed.width, changed.height, BufferedImage.TYPE_BYTE_INDEXED,
                        palette.model());
                byte[] data = ((DataBufferByte) part.getRaster().getDataBuffer()).getData();
                for (int y = 0; y < changed.height; y++) {
                    for (int x = 0; x < changed.width; x++) {
                        int p = (changed.y + y) * width + changed.x + x;
                        boolean same = previous != null && previous[p] == indices[p];
                        data[y * changed.width + x] = (byte) (same ? GifPalette.TRANSPARENT : indices[p]);
                    }
                }
                int delay = i == frames.size() - 1 ? lastFrameMillis : frameMillis;
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(part), param);
                describe(metadata, Math.max(1, Math.round(delay / 10f)), i == 0, changed, palette.model());
                writer.writeToSequence(new IIOImage(part, null, metadata), param);
                previous = indices;
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the animation: " + e.getMessage(), e);
        } finally {
            writer.dispose();
        }
        return new AnimatedGif(out.toByteArray(), width, height, frames.size());
    }

    /** Returns the encoded GIF file's bytes (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Returns the frame width in pixels. */
    public int width() {
        return width;
    }

    /** Returns the frame height in pixels. */
    public int height() {
        return height;
    }

    /** Returns the number of frames. */
    public int frames() {
        return frames;
    }

    /** Writes the GIF to {@code file} atomically and returns the file. */
    public Path save(Path file) {
        return PngFiles.writeAtomically(file, temp -> Files.write(temp, bytes));
    }

    /** Returns e.g. {@code AnimatedGif 800x560, 61 frames, 412 kB}. */
    @Override
    public String toString() {
        return "AnimatedGif " + width + "x" + height + ", " + frames + " frames, " + Math.round(bytes.length / 1024.0) + " kB";
    }

    private static Rectangle changed(int[] previous, int[] current, int width, int height) {
        int left = width;
        int right = -1;
        int top = height;
        int bottom = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (previous[y * width + x] != current[y * width + x]) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        // Nothing changed: a one-pixel frame that only carries the delay.
        return right < 0 ? new Rectangle(0, 0, 1, 1) : new Rectangle(left, top, right - left + 1, bottom - top + 1);
    }

    private static void describe(IIOMetadata metadata, int hundredths, boolean first, Rectangle at, IndexColorModel palette)
            throws IIOInvalidTreeException {
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        // The palette as each frame's own colour table: the writer's global table is a fixed colour cube.
        IIOMetadataNode table = child(root, "LocalColorTable");
        while (table.getLength() > 0) {
            table.removeChild(table.getFirstChild());
        }
        table.setAttribute("sizeOfLocalColorTable", "256");
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < 256; i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(palette.getRed(i)));
            entry.setAttribute("green", Integer.toString(palette.getGreen(i)));
            entry.setAttribute("blue", Integer.toString(palette.getBlue(i)));
            table.appendChild(entry);
        }
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(at.x));
        descriptor.setAttribute("imageTopPosition", Integer.toString(at.y));
        descriptor.setAttribute("imageWidth", Integer.toString(at.width));
        descriptor.setAttribute("imageHeight", Integer.toString(at.height));
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        // Each frame is drawn over the one before; transparent pixels let it show through.
        control.setAttribute("disposalMethod", "doNotDispose");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", first ? "FALSE" : "TRUE");
        control.setAttribute("delayTime", Integer.toString(hundredths));
        control.setAttribute("transparentColorIndex", Integer.toString(GifPalette.TRANSPARENT));
        if (first) {
            // The NETSCAPE2.0 extension with loop count 0: play forever.
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            extensions.appendChild(loop);
        }
        metadata.setFromTree(format, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
