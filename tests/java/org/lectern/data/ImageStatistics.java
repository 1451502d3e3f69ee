package org.lectern.data;

import java.awt.image.BufferedImage;
import java.util.Random;

/** Pixel statistics and synthetic images for the image tests. */
final class ImageStatistics {
    private ImageStatistics() {
    }

    /** Returns the mean red, green and blue of the image, each in 0..255. */
    static double[] meanRgb(BufferedImage image) {
        double[] sum = new double[3];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                sum[0] += (rgb >> 16) & 0xFF;
                sum[1] += (rgb >> 8) & 0xFF;
                sum[2] += rgb & 0xFF;
            }
        }
        double n = (double) image.getWidth() * image.getHeight();
        return new double[] {sum[0] / n, sum[1] / n, sum[2] / n};
    }

    /** Returns the fraction of pixels whose right or lower neighbour differs by more than {@code threshold} in some channel. */
    static double edgeFraction(BufferedImage image, int threshold) {
        int edges = 0;
        for (int y = 0; y < image.getHeight() - 1; y++) {
            for (int x = 0; x < image.getWidth() - 1; x++) {
                int here = image.getRGB(x, y);
                if (maxChannelDifference(here, image.getRGB(x + 1, y)) > threshold
                        || maxChannelDifference(here, image.getRGB(x, y + 1)) > threshold) {
                    edges++;
                }
            }
        }
        return edges / (double) ((image.getWidth() - 1) * (image.getHeight() - 1));
    }

    /** Returns the largest difference between the red, green or blue values of two packed RGB pixels. */
    static int maxChannelDifference(int a, int b) {
        int max = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            max = Math.max(max, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return max;
    }

    /** Returns a {@code TYPE_INT_RGB} image of independent uniform random channels from the seed. */
    static BufferedImage noise(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return image;
    }
}
