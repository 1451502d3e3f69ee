package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.lectern.data.ImageDataset;
import org.lectern.data.InstalledData;
import org.lectern.data.LabeledImages;
import org.lectern.data.Mnist;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Reconstruction errors without the activity penalty, per example and in chunks, and codes of labelled images. */
class ReconstructionErrorTest {
    private static final INDArray X = Nd4j.createFromArray(new double[][] {
            {0.0, 0.2, 0.9, 0.4}, {1.0, 0.5, 0.1, 0.0}, {0.3, 0.3, 0.3, 0.8}});

    @Test
    void theErrorIsTheMeanSquaredDifferencePerExampleAndOverAll() {
        Autoencoder ae = tiny(ActivityL1.NONE);
        double[][] out = ae.reconstruct(X).toDoubleMatrix();
        double[][] x = X.toDoubleMatrix();
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                expected[i] += (out[i][j] - x[i][j]) * (out[i][j] - x[i][j]) / 4;
            }
        }
        assertArrayEquals(expected, ae.reconstructionErrors(X), 1e-15);
        assertEquals((expected[0] + expected[1] + expected[2]) / 3, ae.reconstructionError(X), 1e-15);
        assertEquals(ae.loss(X), ae.reconstructionError(X), 1e-15, "with MSE and no penalty the loss is the error");
    }

    @Test
    void theErrorLeavesOutTheActivityPenaltyThatTheLossIncludes() {
        Autoencoder sparse = tiny(ActivityL1.sum(0.1));
        double sumAbs = sparse.encode(X).norm1Number().doubleValue();
        assertEquals(sparse.loss(X) - 0.1 * sumAbs, sparse.reconstructionError(X), 1e-12);
        assertEquals(tiny(ActivityL1.NONE).reconstructionError(X), sparse.reconstructionError(X), 0.0);
    }

    @Test
    void noisyInputsAreMeasuredAgainstCleanTargets() {
        Autoencoder ae = tiny(ActivityL1.NONE);
        INDArray noisy = X.add(0.25);
        INDArray difference = ae.reconstruct(noisy).sub(X);
        assertEquals(difference.mul(difference).meanNumber().doubleValue(), ae.reconstructionError(noisy, X), 1e-15);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ae.reconstructionErrors(X, X.get(NDArrayIndex.interval(0, 2), NDArrayIndex.all())));
        assertEquals("there are 3 inputs but 2 targets; give one target row per input row", error.getMessage());
    }

    @Test
    void manyExamplesAreMeasuredInChunksWithTheSameResultAsOneByOne() {
        Autoencoder ae = tiny(ActivityL1.NONE);
        INDArray many = Nd4j.rand(DataType.DOUBLE, 10_003, 4);
        double[] errors = ae.reconstructionErrors(many);
        assertEquals(10_003, errors.length);
        for (int row : new int[] {0, 4_999, 5_000, 10_002}) {
            INDArray one = many.getRow(row, true);
            INDArray difference = ae.reconstruct(one).sub(one);
            assertEquals(difference.mul(difference).meanNumber().doubleValue(), errors[row], 1e-15, "row " + row);
        }
    }

    @Test
    void codesOfLabelledImagesKeepTheirLabelsAndMatchEncodingTheFeatures() {
        InstalledData.assumeInstalled(ImageDataset.MNIST);
        LabeledImages images = Mnist.test().quick(true).images();
        Autoencoder ae = Autoencoder.builder().hidden(400, Activation.TANH).seed(3).build();
        LabeledImages codes = ae.encode(images);
        assertEquals("MNIST test codes: 1000 images of 20x20, 10 classes", codes.toString());
        assertArrayEquals(images.labels(), codes.labels());
        assertEquals(ae.encode(images.features()), codes.features());

        Autoencoder odd = Autoencoder.builder().hidden(30, Activation.TANH).seed(3).build();
        assertEquals("MNIST test codes: 1000 images of 1x30, 10 classes", odd.encode(images).toString());
    }

    private static Autoencoder tiny(ActivityL1 penalty) {
        return Autoencoder.builder().inputs(4).hidden(3, Activation.TANH).activityL1(penalty)
                .dataType(DataType.DOUBLE).seed(8).build();
    }
}
