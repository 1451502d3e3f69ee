package org.lectern.data;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A labelled subset of a training split: exactly {@code perClass} images of every class, drawn at
 * random with {@code seed}, kept in file order. Each class draws from its own generator, split off
 * the seed's in class order, so for one seed a smaller subset is part of every larger one: the
 * 10 per class of seed 7 are among its 50 per class, and those among its 200.
 *
 * @param perClass how many images of each class the subset holds
 * @param seed     the seed of the draw
 */
record LabelledPart(int perClass, long seed) implements SplitPart {
    @Override
    public int[] indices(LabeledImages selected) {
        return indices(selected.labels(), selected.classNames(), selected.name());
    }

    /** Returns the positions (ascending) of the subset among images with these labels; throws if a class has too few. */
    int[] indices(int[] labels, List<String> classNames, String what) {
        int classes = classNames.size();
        int[] counts = new int[classes];
        for (int label : labels) {
            counts[label]++;
        }
        int fewest = Arrays.stream(counts).min().orElse(0);
        int smallest = indexOf(counts, fewest);
        if (fewest == 0) {
            throw new IllegalArgumentException("cannot draw labelled images of every class from the " + labels.length
                    + " images of " + what + ": class \"" + classNames.get(smallest) + "\" has none");
        }
        if (perClass < 1 || perClass > fewest) {
            throw new IllegalArgumentException("cannot draw " + perClass + " labelled images per class from the "
                    + labels.length + " images of " + what + ": class \"" + classNames.get(smallest) + "\" has only "
                    + fewest + "; draw between 1 and " + fewest + " per class (in quick mode fewer images are loaded: "
                    + "choose the count by mode, e.g. lecture.mode().choose(200, 20))");
        }
        int[][] byClass = new int[classes][];
        for (int c = 0; c < classes; c++) {
            byClass[c] = new int[counts[c]];
        }
        int[] filled = new int[classes];
        for (int i = 0; i < labels.length; i++) {
            byClass[labels[i]][filled[labels[i]]++] = i;
        }
        SplittableRandom root = new SplittableRandom(seed);
        int[] picked = new int[perClass * classes];
        for (int c = 0; c < classes; c++) {
            SplittableRandom random = root.split();
            int[] positions = byClass[c];
            // A partial Fisher-Yates shuffle: the first perClass positions end up a uniform random sample.
            for (int i = 0; i < perClass; i++) {
                int j = i + random.nextInt(positions.length - i);
                int swap = positions[i];
                positions[i] = positions[j];
                positions[j] = swap;
            }
            System.arraycopy(positions, 0, picked, c * perClass, perClass);
        }
        Arrays.sort(picked);
        return picked;
    }

    @Override
    public String describe() {
        return perClass + " labelled per class (seed " + seed + ")";
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return 0;
    }
}
