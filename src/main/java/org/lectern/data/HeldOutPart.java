package org.lectern.data;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Which side of a seeded hold-out a {@link DataSplit} keeps: {@code count} images drawn at random
 * (by {@code seed}) are the validation side, the rest the training side; both keep file order.
 *
 * @param count      how many images the validation side holds
 * @param seed       the seed of the draw
 * @param validation true for the validation side, false for the training side
 */
record HeldOutPart(int count, long seed, boolean validation) implements SplitPart {
    @Override
    public int[] indices(LabeledImages selected) {
        return indices(selected.size(), selected.name());
    }

    /** Returns the indices (ascending) of this side among {@code size} images; throws if count does not fit. */
    int[] indices(int size, String what) {
        if (count < 1 || count >= size) {
            throw new IllegalArgumentException("cannot hold out " + count + " of the " + size + " images of " + what
                    + "; hold out between 1 and " + (size - 1) + " (in quick mode fewer images are loaded: "
                    + "choose the count by mode, e.g. lecture.mode().choose(10_000, 1_000))");
        }
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        // A partial Fisher-Yates shuffle: the first count positions end up a uniform random sample.
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(size - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] side = validation ? Arrays.copyOfRange(order, 0, count) : Arrays.copyOfRange(order, count, size);
        Arrays.sort(side);
        return side;
    }

    @Override
    public String describe() {
        return (validation ? "validation part" : "training part") + " (" + count + " held out, seed " + seed + ")";
    }
}
