package org.lectern.lecture;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The shape of an array against the expected one, e.g. {@code [10000, 400]} for the codes of
 * 10000 test digits.
 *
 * <pre>{@code
 * Check.that("codes of the test digits", codes).hint("encode testImages").hasShape(10000, 400);
 * }</pre>
 */
public final class ShapeCheck extends CheckBuilder<ShapeCheck> {
    private final INDArray array;

    ShapeCheck(String what, INDArray array) {
        super(what);
        this.array = array;
    }

    /** Passes if the array has exactly these dimensions, in this order. */
    public CheckResult hasShape(long... expected) {
        if (array == null) {
            return unmeasurable(what() + " is null, not an array of shape " + shape(expected));
        }
        long[] actual = array.shape();
        boolean ok = Arrays.equals(actual, expected);
        return verdict(ok, what() + " has shape " + shape(actual) + (ok ? ", as expected" : ", not " + shape(expected)));
    }

    private static String shape(long[] dims) {
        return Arrays.stream(dims).mapToObj(Long::toString).collect(Collectors.joining(", ", "[", "]"));
    }
}
