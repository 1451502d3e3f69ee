package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Exact comparisons of parameter arrays (INDArray.equals allows a tolerance, these do not). */
final class ParamAssertions {
    private ParamAssertions() {
    }

    /** Returns the values of any array in row-major order, as doubles (exact for floats too). */
    static double[] values(INDArray array) {
        return array.dup('c').reshape(array.length()).toDoubleVector();
    }

    /** Asserts the same shape, number type and bit-identical values. */
    static void assertBitIdentical(INDArray expected, INDArray actual, String what) {
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
        assertArrayEquals(new Object[] {expected.dataType()}, new Object[] {actual.dataType()}, what + ": type");
        assertArrayEquals(values(expected), values(actual), 0.0, what);
    }
}
