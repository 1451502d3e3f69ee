package org.lectern.data;

/**
 * A seeded selection of some of a split's images, made among the images of the run mode: which
 * positions it keeps, and how it describes itself in a split's {@code toString()}.
 */
sealed interface SplitPart permits HeldOutPart, LabelledPart {
    /**
     * Returns the positions (ascending) of the kept images among {@code selected}.
     *
     * @throws IllegalArgumentException if the part asks for more images than {@code selected} can give
     */
    int[] indices(LabeledImages selected);

    /** Returns e.g. {@code validation part (10000 held out, seed 7)}. */
    String describe();
}
