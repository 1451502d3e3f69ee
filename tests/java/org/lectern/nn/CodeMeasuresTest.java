package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Mean activation per code unit and the code's sensitivity to input noise, on small hand-checkable cases. */
class CodeMeasuresTest {
    @Test
    void meanActivationsAverageTheCodeOverEveryExampleAcrossChunks() {
        Autoencoder ae = Autoencoder.builder().inputs(6).hidden(4, Activation.SIGMOID).dataType(DataType.DOUBLE).seed(3)
                .build();
        INDArray features = Nd4j.rand(DataType.DOUBLE, 2345, 6);
        double[] expected = ae.encode(features).mean(0).toDoubleVector();
        assertArrayEquals(expected, CodeMeasures.meanActivations(ae, features), 1e-12);
    }

    @Test
    void theSensitivityOfALinearCodeScalesWithItsWeightsAndIsZeroForAConstantCode() {
        Autoencoder linear = Autoencoder.builder().inputs(6).hidden(3, Activation.IDENTITY).dataType(DataType.DOUBLE)
                .seed(3).build();
        INDArray features = Nd4j.rand(DataType.DOUBLE, 1500, 6);
        double once = CodeMeasures.sensitivity(linear, features, 0.01, 7);

        INDArray params = linear.params();
        linear.layout().weights(params, 0).muli(2);
        linear.setParams(params);
        assertEquals(2 * once, CodeMeasures.sensitivity(linear, features, 0.01, 7), 1e-12);

        linear.layout().weights(params, 0).assign(0);
        linear.setParams(params);
        assertEquals(0.0, CodeMeasures.sensitivity(linear, features, 0.01, 7), 0.0);
    }

    @Test
    void aLinearCodesSensitivityIsTheNormOfItsWeightsTimesTheNoiseDirection() {
        // f(x) = x W + b, so f(x + eps) - f(x) = eps W for every x: one example, one known draw.
        Autoencoder linear = Autoencoder.builder().inputs(3).hidden(2, Activation.IDENTITY).dataType(DataType.DOUBLE)
                .seed(3).build();
        java.util.Random random = new java.util.Random(11);
        INDArray eps = Nd4j.createFromArray(new double[][] {{random.nextGaussian(), random.nextGaussian(),
                random.nextGaussian()}}).muli(0.05);
        double expected = eps.mmul(linear.weights(0)).norm2Number().doubleValue() / eps.norm2Number().doubleValue();
        double[] measured = CodeMeasures.sensitivities(linear, Nd4j.createFromArray(new double[][] {{0.2, 0.4, 0.6}}),
                0.05, 11);
        assertArrayEquals(new double[] {expected}, measured, 1e-12);
    }

    @Test
    void theSameSeedDrawsTheSameNoise() {
        Autoencoder ae = Autoencoder.builder().inputs(6).hidden(4, Activation.SIGMOID).seed(3).build();
        INDArray features = Nd4j.rand(DataType.FLOAT, 50, 6);
        assertArrayEquals(CodeMeasures.sensitivities(ae, features, 0.01, 5), CodeMeasures.sensitivities(ae, features,
                0.01, 5), 0.0);
        assertNotEquals(CodeMeasures.sensitivity(ae, features, 0.01, 5), CodeMeasures.sensitivity(ae, features, 0.01, 6));
    }

    @Test
    void badArgumentsAreRefused() {
        Autoencoder ae = Autoencoder.builder().inputs(6).hidden(4, Activation.SIGMOID).build();
        for (double noise : new double[] {0, -0.01, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CodeMeasures.sensitivity(ae, Nd4j.rand(3, 6), noise, 1));
            assertEquals("the noise is the standard deviation of the input perturbation, a small positive number such "
                    + "as 0.01; got " + noise, e.getMessage());
        }
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> CodeMeasures.meanActivations(ae, Nd4j.create(DataType.FLOAT, 0, 6)));
        assertEquals("there are no examples to measure the code on: give features shaped [examples, 6] with at least "
                + "one row", empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CodeMeasures.meanActivations(ae, Nd4j.rand(3, 5)));
    }
}
