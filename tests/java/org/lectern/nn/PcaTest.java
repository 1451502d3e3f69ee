package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** PCA against plain Java arithmetic on seeded synthetic data of known spread. */
class PcaTest {
    private static final double[] SPREADS = {3.0, 2.0, 1.5, 1.0, 0.6, 0.3, 0.2, 0.1};
    private static final INDArray DATA = SyntheticData.rotatedGaussian(400, SPREADS, 7);

    @Test
    void everyComponentGivesTheDataBack() {
        Pca pca = Pca.fit(DATA);
        assertEquals(SPREADS.length, pca.codeSize());
        assertArrayEquals(DATA.toDoubleMatrix()[17], pca.reconstruct(DATA).toDoubleMatrix()[17], 1e-12);
        assertEquals(0.0, pca.reconstructionError(DATA), 1e-24);
        assertArrayEquals(ParamAssertions.values(DATA), ParamAssertions.values(pca.decode(pca.project(DATA))), 1e-12);
    }

    @Test
    void theComponentsAreOrthonormal() {
        INDArray v = Pca.fit(DATA, 5).components();
        assertArrayEquals(new long[] {8, 5}, v.shape());
        double[][] gram = v.transpose().mmul(v).toDoubleMatrix();
        for (int a = 0; a < 5; a++) {
            for (int b = 0; b < 5; b++) {
                assertEquals(a == b ? 1.0 : 0.0, gram[a][b], 1e-12, "V^T V at " + a + "," + b);
            }
        }
    }

    @Test
    void eachComponentIsAnEigenvectorOfTheCovarianceWithItsVarianceAsEigenvalue() {
        Pca pca = Pca.fit(DATA);
        double[][] c = SyntheticData.covariance(DATA);
        double[][] v = pca.components().toDoubleMatrix();
        double[] variances = pca.explainedVariance();
        for (int j = 0; j < v[0].length; j++) {
            for (int row = 0; row < c.length; row++) {
                double cv = 0;
                for (int m = 0; m < c.length; m++) {
                    cv += c[row][m] * v[m][j];
                }
                assertEquals(variances[j] * v[row][j], cv, 1e-10, "C v = lambda v, component " + j + " row " + row);
            }
        }
        double[] mean = pca.mean().toDoubleVector();
        double[] columnMeans = DATA.mean(0).toDoubleVector();
        assertArrayEquals(columnMeans, mean, 1e-12);
    }

    @Test
    void explainedVarianceIsSortedAndSumsToTheTotalVariance() {
        Pca pca = Pca.fit(DATA);
        double[] variances = pca.explainedVariance();
        for (int j = 1; j < variances.length; j++) {
            assertTrue(variances[j - 1] >= variances[j], "sorted, largest first: " + Arrays.toString(variances));
        }
        double[][] c = SyntheticData.covariance(DATA);
        double trace = 0;
        for (int j = 0; j < c.length; j++) {
            trace += c[j][j];
        }
        assertEquals(trace, pca.totalVariance(), 1e-10);
        assertEquals(trace, Arrays.stream(variances).sum(), 1e-10);
        assertEquals(1.0, Arrays.stream(pca.explainedVarianceRatio()).sum(), 1e-12);
        // The spread of the synthetic data: the sample variances lie near the squared spreads.
        assertEquals(9.0, variances[0], 1.5);
        assertEquals(0.01, variances[7], 0.004);
    }

    @Test
    void theErrorOnTheFittedDataIsTheVarianceLeftOutPerInput() {
        Pca all = Pca.fit(DATA);
        double[] variances = all.explainedVariance();
        for (int k = 1; k <= SPREADS.length; k++) {
            double leftOut = Arrays.stream(variances, k, variances.length).sum();
            Pca pca = Pca.fit(DATA, k);
            assertEquals(leftOut / SPREADS.length, pca.reconstructionError(DATA), 1e-12, "k = " + k);
            assertEquals(pca.reconstructionError(DATA), all.truncated(k).reconstructionError(DATA), 1e-14);
            assertArrayEquals(ParamAssertions.values(pca.components()), ParamAssertions.values(all.truncated(k).components()),
                    0.0, "truncating a full fit is fitting fewer components");
        }
    }

    @Test
    void aLineIsFoundExactlyWithAPositiveLargestEntry() {
        // Points on y = -2x + 1: one direction (1, -2)/sqrt(5), flipped so that its largest entry is positive.
        double[][] points = new double[5][];
        for (int i = 0; i < 5; i++) {
            points[i] = new double[] {i, -2.0 * i + 1};
        }
        Pca pca = Pca.fit(Nd4j.createFromArray(points));
        assertArrayEquals(new double[] {-1 / Math.sqrt(5), 2 / Math.sqrt(5)},
                pca.components().getColumn(0).toDoubleVector(), 1e-12);
        // x varies with variance 2 around 2, y with 8: 10 in all, none left for the second direction.
        assertArrayEquals(new double[] {10.0, 0.0}, pca.explainedVariance(), 1e-12);
        assertArrayEquals(new double[] {2.0 * Math.sqrt(5), 0}, pca.truncated(1).project(Nd4j.createFromArray(new double[][] {
            {0, 1}, {2, -3}})).reshape(2).toDoubleVector(), 1e-12);
    }

    @Test
    void fitsAcrossChunksAsInOnePieceAndKeepsTheFeaturesNumberType() {
        INDArray many = SyntheticData.rotatedGaussian(12_001, new double[] {2, 1, 0.5}, 3);
        Pca pca = Pca.fit(many.castTo(DataType.FLOAT), 2);
        double[][] c = SyntheticData.covariance(many.castTo(DataType.FLOAT));
        assertEquals(c[0][0] + c[1][1] + c[2][2], pca.totalVariance(), 1e-9);
        INDArray codes = pca.project(many.castTo(DataType.FLOAT));
        assertEquals(DataType.FLOAT, codes.dataType());
        assertEquals(DataType.FLOAT, pca.reconstruct(many.castTo(DataType.FLOAT)).dataType());
        // The codes of the last rows, past two chunk boundaries, against a direct product.
        INDArray tail = many.castTo(DataType.FLOAT).castTo(DataType.DOUBLE).get(NDArrayIndex.interval(11_990, 12_001),
                NDArrayIndex.all());
        INDArray expected = tail.subRowVector(pca.mean()).mmul(pca.components());
        assertArrayEquals(ParamAssertions.values(expected), ParamAssertions.values(codes.get(NDArrayIndex.interval(11_990,
                12_001), NDArrayIndex.all())), 1e-5);
        assertEquals(12_001, pca.reconstructionErrors(many).length);
    }

    @Test
    void theTopSpaceOverlapsItselfFullyAndAnOrthogonalSpaceNotAtAll() {
        Pca pca = Pca.fit(DATA, 3);
        INDArray v = Pca.fit(DATA).components();
        INDArray mixed = v.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 3)).mmul(Nd4j.createFromArray(new double[][] {
            {1, 2, 0}, {0, 1, 3}, {1, 0, 1}}));
        assertEquals(1.0, pca.subspaceOverlap(mixed), 1e-10, "any basis of the top space");
        assertEquals(0.0, pca.subspaceOverlap(v.get(NDArrayIndex.all(), NDArrayIndex.interval(3, 8))), 1e-10);
        // Half of one top direction and half of one left out: cos^2 = 1/2, over one angle.
        INDArray between = v.getColumn(0).add(v.getColumn(5)).reshape(8, 1);
        assertEquals(0.5, pca.subspaceOverlap(between), 1e-10);
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertEquals("the number of components must be between 1 and the number of inputs (8); got 9",
                assertThrows(IllegalArgumentException.class, () -> Pca.fit(DATA, 9)).getMessage());
        assertEquals("the number of components must be between 1 and the number of inputs (8); got 0",
                assertThrows(IllegalArgumentException.class, () -> Pca.fit(DATA, 0)).getMessage());
        assertEquals("PCA needs at least 2 examples (rows) to measure variance; got 1",
                assertThrows(IllegalArgumentException.class, () -> Pca.fit(Nd4j.rand(DataType.DOUBLE, 1, 4))).getMessage());
        INDArray withNan = DATA.dup();
        withNan.putScalar(3, 2, Double.NaN);
        assertEquals("the features hold NaN or infinite values; PCA needs finite numbers",
                assertThrows(IllegalArgumentException.class, () -> Pca.fit(withNan)).getMessage());
        assertEquals("features must hold floating-point numbers; got INT (cast with .castTo(DataType.FLOAT))",
                assertThrows(IllegalArgumentException.class, () -> Pca.fit(Nd4j.ones(DataType.INT, 3, 2))).getMessage());
        assertEquals("features must be a matrix [examples, inputs] with one example per row; got shape [2, 2, 2]",
                assertThrows(IllegalArgumentException.class, () -> Pca.fit(Nd4j.rand(DataType.DOUBLE, 2, 2, 2))).getMessage());
        Pca pca = Pca.fit(DATA, 3);
        assertEquals("this PCA was fitted on 8 inputs, so features are shaped [examples, 8]; got [2, 7]",
                assertThrows(IllegalArgumentException.class, () -> pca.project(Nd4j.rand(DataType.DOUBLE, 2, 7))).getMessage());
        assertEquals("this PCA keeps 3 components, so codes are shaped [examples, 3]; got [2, 4]",
                assertThrows(IllegalArgumentException.class, () -> pca.decode(Nd4j.rand(DataType.DOUBLE, 2, 4))).getMessage());
        assertEquals("the number of components must be between 1 and the 3 components this PCA kept (3); got 4",
                assertThrows(IllegalArgumentException.class, () -> pca.truncated(4)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> pca.subspaceOverlap(Nd4j.rand(DataType.DOUBLE, 3, 8)))
                .getMessage().endsWith("got [3, 8] (a decoder's weights [k, inputs] need .transpose())"));
        INDArray twice = Nd4j.hstack(pca.components().getColumn(0).reshape(8, 1), pca.components().getColumn(0).reshape(8, 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> pca.subspaceOverlap(twice)).getMessage()
                .startsWith("the directions are not independent"));
    }

    @Test
    void describesItself() {
        assertEquals("PCA: 8 of 8 components, 100.0% of the variance, fitted on 400 examples", Pca.fit(DATA).toString());
    }
}
