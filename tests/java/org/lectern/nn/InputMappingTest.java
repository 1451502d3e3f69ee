package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Each mapping's features at coordinates whose sines and cosines are known by hand. */
class InputMappingTest {
    private static final double TOLERANCE = 1e-5;
    private static final double HALF_ROOT_2 = Math.sqrt(2) / 2;

    private static INDArray points(double[]... xy) {
        return Nd4j.createFromArray(xy);
    }

    private static void assertRow(double[] expected, INDArray features, int row) {
        assertArrayEquals(expected, features.getRow(row).toDoubleVector(), TOLERANCE, "row " + row);
    }

    @Test
    void noneHandsOnTheCoordinatesAsFloatCopies() {
        InputMapping none = InputMapping.none();
        INDArray coordinates = points(new double[] {0.25, 0.5}, new double[] {0.75, 0});

        INDArray features = none.apply(coordinates);

        assertEquals(2, none.outputs());
        assertEquals(DataType.FLOAT, features.dataType());
        assertArrayEquals(new long[] {2, 2}, features.shape());
        assertRow(new double[] {0.25, 0.5}, features, 0);
        assertRow(new double[] {0.75, 0}, features, 1);
        INDArray floats = coordinates.castTo(DataType.FLOAT);
        none.apply(floats).assign(9);
        assertEquals(0.25, floats.getDouble(0, 0), 0.0, "the features are a copy, not the caller's array");
        assertTrue(none.matrix().isEmpty());
    }

    @Test
    void basicIsTheSineThenTheCosineOfTwoPiTimesEachCoordinate() {
        InputMapping basic = InputMapping.basic();

        INDArray features = basic.apply(points(new double[] {0.25, 0.5}, new double[] {0.125, 0}));

        assertEquals(4, basic.outputs());
        assertArrayEquals(new long[] {2, 4}, features.shape());
        // sin(π/2), sin(π), cos(π/2), cos(π)
        assertRow(new double[] {1, 0, 0, -1}, features, 0);
        // sin(π/4), sin(0), cos(π/4), cos(0)
        assertRow(new double[] {HALF_ROOT_2, 0, HALF_ROOT_2, 1}, features, 1);
    }

    @Test
    void positionalEncodingUsesPowersOfTwoMinusOneOnEachCoordinateSeparately() {
        // b = 2^linspace(0, 2, 3) - 1 = (0, 1, 3); B = (0,0) (1,0) (3,0) (0,0) (0,1) (0,3)
        InputMapping posenc = InputMapping.positional(3, 2);

        INDArray features = posenc.apply(points(new double[] {0.25, 0.125}));

        assertEquals(12, posenc.outputs());
        assertArrayEquals(new double[] {0, 0, 1, 0, 3, 0, 0, 0, 0, 1, 0, 3}, posenc.matrix().orElseThrow().dup('c')
                .data().asDouble(), 0.0);
        double s = HALF_ROOT_2;
        assertRow(new double[] {
            0, 1, -1, 0, s, s,      // sin(2π b x) for b = 0, 1, 3; sin(2π b y)
            1, 0, 0, 1, s, -s},     // cos(2π b x);                  cos(2π b y)
                features, 0);
    }

    @Test
    void thePapersPositionalEncodingHas512FeaturesUpToFrequency63() {
        InputMapping posenc = InputMapping.positional(128, 6);
        INDArray b = posenc.matrix().orElseThrow();

        assertEquals(512, posenc.outputs());
        assertArrayEquals(new long[] {256, 2}, b.shape());
        assertEquals(0, b.getDouble(0, 0), 0.0);
        assertEquals(Math.pow(2, 6.0 / 127) - 1, b.getDouble(1, 0), 1e-6);
        assertEquals(63, b.getDouble(127, 0), 1e-5);
        assertEquals(0, b.getDouble(127, 1), 0.0);
        assertEquals(63, b.getDouble(255, 1), 1e-5);
        assertEquals(0, b.getDouble(255, 0), 0.0);
        assertEquals("positional encoding: 128 frequencies 2^linspace(0, 6, 128) - 1 per coordinate, 512 features",
                posenc.toString());
    }

    @Test
    void gaussianFeaturesAreSinesAndCosinesOfARandomProjectionDrawnFromTheSeed() {
        InputMapping gauss = InputMapping.gaussian(4, 10, 7);
        Random random = new Random(7);
        double[][] b = new double[4][2];
        for (double[] row : b) {
            row[0] = 10 * random.nextGaussian();
            row[1] = 10 * random.nextGaussian();
        }
        double x = 0.3;
        double y = 0.05;

        INDArray features = gauss.apply(points(new double[] {x, y}));

        assertEquals(8, gauss.outputs());
        assertArrayEquals(new long[] {1, 8}, features.shape());
        double[] expected = new double[8];
        for (int j = 0; j < 4; j++) {
            double angle = 2 * Math.PI * (b[j][0] * x + b[j][1] * y);
            expected[j] = Math.sin(angle);
            expected[4 + j] = Math.cos(angle);
        }
        assertArrayEquals(expected, features.toDoubleVector(), 1e-4);
    }

    @Test
    void theSameSeedGivesTheSameMatrixAndAnotherSeedAnotherOne() {
        INDArray first = InputMapping.gaussian(256, 10, 0).matrix().orElseThrow();
        INDArray again = InputMapping.gaussian(256, 10, 0).matrix().orElseThrow();
        INDArray other = InputMapping.gaussian(256, 10, 1).matrix().orElseThrow();

        assertArrayEquals(new long[] {256, 2}, first.shape());
        assertEquals(first, again);
        assertNotEquals(first, other);
        double std = first.stdNumber().doubleValue();
        assertTrue(std > 9 && std < 11, "B's entries should have a standard deviation near sigma = 10; got " + std);
        assertEquals(0, first.meanNumber().doubleValue(), 1.5, "B's entries should have mean near 0");
    }

    @Test
    void theFeaturesOfManyPointsComeInOneMatrixWithAFeatureRowPerPoint() {
        INDArray coordinates = Nd4j.rand(DataType.FLOAT, 1000, 2);
        InputMapping gauss = InputMapping.gaussian(256, 10, 0);

        INDArray features = gauss.apply(coordinates);

        assertArrayEquals(new long[] {1000, 512}, features.shape());
        assertEquals(features.getRow(417), gauss.apply(coordinates.getRow(417).reshape(1, 2)).getRow(0));
        INDArray sines = features.getColumns(java.util.stream.IntStream.range(0, 256).toArray());
        INDArray cosines = features.getColumns(java.util.stream.IntStream.range(256, 512).toArray());
        INDArray ones = sines.mul(sines).addi(cosines.mul(cosines));
        assertEquals(1, ones.minNumber().doubleValue(), 1e-5, "sin² + cos² = 1 for every frequency");
        assertEquals(1, ones.maxNumber().doubleValue(), 1e-5);
    }

    @Test
    void featureNamesSayWhatEachFeatureComputes() {
        assertEquals("x", InputMapping.none().feature(0));
        assertEquals("y", InputMapping.none().feature(1));
        assertEquals("sin(2πx)", InputMapping.basic().feature(0));
        assertEquals("cos(2πy)", InputMapping.basic().feature(3));
        assertEquals("sin(2π·3x)", InputMapping.positional(3, 2).feature(2));
        assertEquals("cos(2π·3y)", InputMapping.positional(3, 2).feature(11));
        InputMapping gauss = InputMapping.gaussian(2, 10, 0);
        INDArray b = gauss.matrix().orElseThrow();
        String name = gauss.feature(3);
        assertTrue(name.startsWith("cos(2π(" + Math.round(b.getDouble(1, 0) * 100) / 100.0 + "x "), name);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> gauss.feature(4));
        assertEquals("feature 4 does not exist: gaussian σ=10 makes features 0 to 3", e.getMessage());
    }

    @Test
    void namesAndDescriptionsSayWhichMappingItIs() {
        assertEquals("none", InputMapping.none().name());
        assertEquals("basic", InputMapping.basic().name());
        assertEquals("positional", InputMapping.positional(128, 6).name());
        assertEquals("gaussian σ=10", InputMapping.gaussian(256, 10, 0).name());
        assertEquals("gaussian σ=0.5", InputMapping.gaussian(256, 0.5, 0).name());
        assertEquals("Gaussian Fourier features: B ~ N(0, 10^2) of shape [256, 2], seed 3, 512 features",
                InputMapping.gaussian(256, 10, 3).toString());
        assertEquals("none: the raw coordinates (x, y), 2 features", InputMapping.none().toString());
    }

    @Test
    void badSettingsAndBadCoordinatesAreRefusedWithWhatToPass() {
        assertEquals("a positional encoding needs at least 2 frequencies (the paper uses 128); got 1",
                assertThrows(IllegalArgumentException.class, () -> InputMapping.positional(1, 6)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InputMapping.positional(128, 0)).getMessage()
                .endsWith("must be a finite number above 0 (the paper uses 6); got 0.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InputMapping.gaussian(0, 10, 0)).getMessage()
                .endsWith("(the paper uses 256); got 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> InputMapping.gaussian(256, Double.NaN, 0))
                .getMessage().endsWith("(the paper uses 10 for images); got NaN"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InputMapping.basic().apply(Nd4j.zeros(5, 3)));
        assertEquals("an input mapping takes coordinates shaped [n, 2], one (x, y) point per row; got [5, 3]", e.getMessage());
        assertFalse(assertThrows(IllegalArgumentException.class, () -> InputMapping.none().apply(Nd4j.zeros(2)))
                .getMessage().isEmpty());
    }
}
