package org.lectern.nn.lean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lectern.testing.BuildUnderTest;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class GemmTest {
    @Test
    void onlyTheCpuBackendMultipliesThroughOpenBlasDirectly() {
        assertEquals(!BuildUnderTest.isCuda(), Gemm.best().direct(), "CUDA arrays never reach OpenBLAS");
    }

    @Test
    void everyLayoutAndTransposeGivesWhatNd4jGives() {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            for (char orderA : new char[] {'c', 'f'}) {
                for (char orderB : new char[] {'c', 'f'}) {
                    for (char orderC : new char[] {'c', 'f'}) {
                        for (int transposes = 0; transposes < 4; transposes++) {
                            check(type, orderA, orderB, orderC, (transposes & 1) != 0, (transposes & 2) != 0);
                        }
                    }
                }
            }
        }
    }

    /** The lean engine's weights are column-major views at an offset into one flat parameter vector. */
    @Test
    void viewsAtAnOffsetIntoAFlatVectorAreReadAndWrittenInPlace() {
        INDArray flat = Nd4j.rand(DataType.FLOAT, 1, 3 + 5 * 4);
        INDArray weights = flat.get(NDArrayIndex.interval(0, 1), NDArrayIndex.interval(3, 3 + 5 * 4)).reshape('f', 5, 4);
        INDArray before = flat.dup();
        INDArray x = Nd4j.rand(DataType.FLOAT, 7, 5);
        INDArray delta = Nd4j.rand(DataType.FLOAT, 7, 4);
        INDArray expected = weights.dup('f');
        Nd4j.gemm(x, delta, expected, true, false, -0.5, 1.0);

        Gemm.best().multiply(x, delta, weights, true, false, -0.5, 1.0);

        assertEquals(expected, weights.dup('f'));
        assertEquals(before.get(NDArrayIndex.interval(0, 1), NDArrayIndex.interval(0, 3)),
                flat.get(NDArrayIndex.interval(0, 1), NDArrayIndex.interval(0, 3)), "the bias before them is untouched");
    }

    @Test
    void aSingleRowOrColumnWithAnyStrideIsMultipliedRight() {
        INDArray matrix = Nd4j.rand(DataType.FLOAT, 6, 4);
        INDArray weights = Nd4j.rand(DataType.FLOAT, 4, 3);
        for (INDArray row : new INDArray[] {matrix.getRow(2, true), matrix.getRow(2, true).dup('f'),
                matrix.getRow(2, true).reshape('c', 1, 4)}) {
            INDArray out = Nd4j.create(DataType.FLOAT, 1, 3);
            Gemm.best().multiply(row, weights, out, false, false, 1, 0);
            assertTrue(row.mmul(weights).equalsWithEps(out, 1e-5), row.shapeInfoToString() + ": " + out);
        }
        INDArray column = matrix.getColumn(1, true);
        INDArray out = Nd4j.create(DataType.FLOAT, 1, 1);
        Gemm.best().multiply(column, column, out, true, false, 1, 0);
        assertEquals(column.mul(column).sumNumber().doubleValue(), out.getDouble(0), 1e-4);
    }

    @Test
    void mismatchedShapesAreRefused() {
        INDArray a = Nd4j.rand(DataType.FLOAT, 3, 4);
        INDArray b = Nd4j.rand(DataType.FLOAT, 5, 2);
        INDArray c = Nd4j.create(DataType.FLOAT, 3, 2);
        String message = assertThrows(IllegalArgumentException.class,
                () -> Gemm.best().multiply(a, b, c, false, false, 1, 0)).getMessage();
        assertTrue(message.startsWith("gemm shapes do not fit"), message);
    }

    private static void check(DataType type, char orderA, char orderB, char orderC, boolean transposeA,
                              boolean transposeB) {
        int m = 6;
        int n = 5;
        int k = 7;
        INDArray a = Nd4j.rand(type, transposeA ? k : m, transposeA ? m : k).dup(orderA);
        INDArray b = Nd4j.rand(type, transposeB ? n : k, transposeB ? k : n).dup(orderB);
        INDArray c = Nd4j.rand(type, m, n).dup(orderC);
        INDArray expected = (transposeA ? a.transpose() : a).mmul(transposeB ? b.transpose() : b).muli(0.75)
                .addi(c.mul(0.25));

        Gemm.best().multiply(a, b, c, transposeA, transposeB, 0.75, 0.25);

        String what = type + " a " + orderA + (transposeA ? "^T" : "") + " b " + orderB + (transposeB ? "^T" : "")
                + " c " + orderC;
        assertTrue(expected.equalsWithEps(c, type == DataType.FLOAT ? 1e-5 : 1e-12), what + ": " + c + " vs " + expected);
    }
}
