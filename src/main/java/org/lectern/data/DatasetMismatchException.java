package org.lectern.data;

/**
 * Thrown when well-formed IDX files do not hold the dataset they should: image and label counts
 * differ, images have the wrong size, or a label is not a class of the dataset. The message names
 * the dataset split, what is wrong and the files involved.
 */
public final class DatasetMismatchException extends RuntimeException {
    /** Creates the exception with a message naming the split, the problem and the files. */
    public DatasetMismatchException(String message) {
        super(message);
    }
}
