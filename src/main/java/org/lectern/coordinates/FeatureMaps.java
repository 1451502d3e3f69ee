package org.lectern.coordinates;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.lectern.nn.InputMapping;
import org.lectern.plot.PictureGrid;
import org.lectern.plot.PngFiles;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Draws every encoded feature of one row of pixels as a heat map, one map per mapping side by
 * side: x position across, feature index down (first feature on top), blue for -1, white for 0
 * and red for +1. Each map is stretched to the same square, so the two features of none fill two
 * bands and the 512 of a Fourier mapping fill thin lines whose frequency one can read.
 *
 * <pre>{@code
 * BufferedImage maps = FeatureMaps.of(InputMapping.none(), InputMapping.basic(),
 *         InputMapping.positional(128, 6), InputMapping.gaussian(256, 10, 0)).pixels(256).build();
 * }</pre>
 */
public final class FeatureMaps {
    private static final Color NEGATIVE = new Color(0x2166AC);
    private static final Color POSITIVE = new Color(0xB2182B);

    private final List<InputMapping> mappings;
    private int pixels = 256;
    private int row;
    private int side = 256;

    private FeatureMaps(List<InputMapping> mappings) {
        this.mappings = mappings;
    }

    /** Starts a picture of these mappings' features, in this order. */
    public static FeatureMaps of(InputMapping... mappings) {
        if (mappings.length == 0) {
            throw new IllegalArgumentException("name at least one mapping, e.g. FeatureMaps.of(InputMapping.basic())");
        }
        Arrays.stream(mappings).forEach(m -> Objects.requireNonNull(m, "a mapping is null"));
        return new FeatureMaps(List.of(mappings));
    }

    /** Sets the image size whose row of pixels is encoded (default 256). */
    public FeatureMaps pixels(int size) {
        PixelGrid.of(size);
        this.pixels = size;
        return this;
    }

    /** Sets which row of pixels is encoded (default 0, at y = 0). */
    public FeatureMaps row(int row) {
        this.row = row;
        return this;
    }

    /** Sets the side of each square map on screen in pixels (default 256). */
    public FeatureMaps tileSize(int side) {
        if (side < 1) {
            throw new IllegalArgumentException("the tile size must be at least 1, got " + side);
        }
        this.side = side;
        return this;
    }

    /** Draws the maps side by side, each captioned with its mapping's name and number of features. */
    public BufferedImage build() {
        INDArray coordinates = PixelGrid.of(pixels).rowCoordinates(row);
        List<BufferedImage> maps = mappings.stream().map(m -> heatMap(m.apply(coordinates))).toList();
        List<String> captions = mappings.stream().map(m -> m.name() + " (" + m.outputs() + ")").toList();
        return PictureGrid.builder()
                .title("Encoded features of pixel row " + row + ": x across, feature down (blue -1, white 0, red +1)")
                .columnCaptions(captions).row("feature", maps).tileSize(side).build();
    }

    /** Draws the maps, writes them as a PNG (see {@link PngFiles}) and returns the picture. */
    public BufferedImage save(Path file) {
        BufferedImage picture = build();
        PngFiles.save(picture, file);
        return picture;
    }

    /** Returns features {@code [positions, features]} as an image {@code positions} wide and {@code features} high. */
    static BufferedImage heatMap(INDArray features) {
        int positions = Math.toIntExact(features.rows());
        int count = Math.toIntExact(features.columns());
        double[] values = features.castTo(DataType.DOUBLE).dup('c').data().asDouble();
        BufferedImage image = new BufferedImage(positions, count, BufferedImage.TYPE_INT_RGB);
        for (int f = 0; f < count; f++) {
            for (int x = 0; x < positions; x++) {
                image.setRGB(x, f, colour(values[x * count + f]));
            }
        }
        return image;
    }

    /** Returns the diverging colour of a value in [-1, 1]: white at 0, blue below, red above. */
    static int colour(double value) {
        double clipped = Math.max(-1, Math.min(1, value));
        Color end = clipped < 0 ? NEGATIVE : POSITIVE;
        double t = Math.abs(clipped);
        int red = (int) Math.round(255 + t * (end.getRed() - 255));
        int green = (int) Math.round(255 + t * (end.getGreen() - 255));
        int blue = (int) Math.round(255 + t * (end.getBlue() - 255));
        return red << 16 | green << 8 | blue;
    }
}
