package org.lectern.data;

import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A seeded way of damaging images, the input of a denoising autoencoder: {@link GaussianNoise}
 * (additive, clamped to [0, 1]) or {@link MaskingNoise} (a random share of pixels set to 0).
 * Every call draws fresh damage; the same seed repeats the same sequence. The clean images are
 * never changed.
 *
 * <pre>{@code
 * Corruption noise = GaussianNoise.of(0.1, 0.2);     // or MaskingNoise.of(0.25)
 * INDArray noisy = noise.corrupt(Mnist.test().features());
 * }</pre>
 */
public sealed interface Corruption permits GaussianNoise, MaskingNoise {
    /** Returns a corrupted copy of {@code clean} (any shape, floating point, values meant to lie in [0, 1]). */
    INDArray corrupt(INDArray clean);

    /**
     * Writes a corrupted copy of {@code clean} into {@code out}, a row-major array of the same
     * shape and number type (a buffer reused batch after batch), and returns {@code out}.
     */
    INDArray corruptInto(INDArray clean, INDArray out);

    /** Returns a new corruption with the same settings, starting from {@code seed}. */
    Corruption seed(long seed);

    /** Returns a new corruption with the same settings, at the start of its sequence (this one is not changed). */
    Corruption restarted();

    /** Returns the seed the sequence started from. */
    long seed();

    /**
     * Returns the settings as text, enough to make the corruption again with
     * {@link #fromSettings(Map)}: {@code kind} ({@code gaussian} or {@code masking}), its
     * parameters and {@code seed}.
     */
    Map<String, String> settings();

    /**
     * Makes a corruption from its {@link #settings()}; settings without a {@code kind} are Gaussian
     * noise (what model files written before masking noise existed hold).
     *
     * @throws IllegalArgumentException naming the setting that is missing or unreadable
     */
    static Corruption fromSettings(Map<String, String> settings) {
        Objects.requireNonNull(settings, "settings");
        String kind = settings.getOrDefault("kind", GaussianNoise.KIND);
        Corruption corruption = switch (kind) {
            case GaussianNoise.KIND -> GaussianNoise.of(number(settings, "mean"), number(settings, "sigma"));
            case MaskingNoise.KIND -> MaskingNoise.of(number(settings, "fraction"));
            default -> throw new IllegalArgumentException("unknown corruption kind '" + kind + "'; expected "
                    + GaussianNoise.KIND + " or " + MaskingNoise.KIND);
        };
        String seed = settings.get("seed");
        if (seed == null) {
            throw new IllegalArgumentException("the " + kind + " corruption's settings lack 'seed'; got " + settings);
        }
        try {
            return corruption.seed(Long.parseLong(seed.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the corruption's 'seed' must be a whole number; got '" + seed + "'", e);
        }
    }

    private static double number(Map<String, String> settings, String name) {
        String text = settings.get(name);
        if (text == null) {
            throw new IllegalArgumentException("the " + settings.getOrDefault("kind", GaussianNoise.KIND)
                    + " corruption's settings lack '" + name + "'; got " + settings);
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the corruption's '" + name + "' must be a number; got '" + text + "'", e);
        }
    }
}
