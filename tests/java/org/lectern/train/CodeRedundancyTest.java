package org.lectern.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.lectern.nn.Autoencoder;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class CodeRedundancyTest {
    private static final INDArray INPUTS = IdentityMeasure.uniformNoise(2000, 6, 5);

    @Test
    void withNothingSwitchedOffItIsTheAutoencodersOwnReconstruction() {
        // A deeper net with three activations on the decoder side: the measure's decoder must compute what the network does.
        Autoencoder deep = Autoencoder.builder().inputs(6).hidden(5, Activation.TANH).hidden(3, Activation.RELU)
                .outputActivation(Activation.SIGMOID).dataType(DataType.DOUBLE).seed(3).build();
        assertArrayEquals(values(deep.reconstruct(INPUTS)), values(CodeRedundancy.reconstruct(deep, INPUTS, 0, 1)), 1e-12);
        assertEquals(deep.reconstructionError(INPUTS), CodeRedundancy.error(deep, INPUTS, 0, 1), 1e-12);
        Autoencoder floats = Autoencoder.builder().inputs(6).hidden(4, Activation.SIGMOID).seed(4).build();
        assertEquals(floats.reconstructionError(INPUTS), CodeRedundancy.error(floats, INPUTS, 0, 1), 1e-7);
    }

    @Test
    void eachCodeUnitIsSwitchedOffWithTheShareAndTheRestScaled() {
        INDArray copies = CodeRedundancy.reconstruct(identity(), INPUTS, 0.25, 9);
        double[] in = values(INPUTS);
        double[] out = values(copies);
        int off = 0;
        for (int i = 0; i < in.length; i++) {
            if (out[i] == 0) {
                off++;
            } else {
                assertEquals(in[i] / 0.75, out[i], 1e-12, "a kept unit is scaled by 1 / (1 - share)");
            }
        }
        assertEquals(0.25, off / (double) in.length, 0.01, "12,000 units, each off with probability 0.25");
        // The error is then the mean of the squared inputs of the switched-off units and of the scaling error of the rest.
        double expected = 0;
        for (int i = 0; i < in.length; i++) {
            expected += (out[i] - in[i]) * (out[i] - in[i]);
        }
        assertEquals(expected / in.length, CodeRedundancy.error(identity(), INPUTS, 0.25, 9), 1e-12);
    }

    @Test
    void theSameSeedSwitchesOffTheSameUnitsAndTheErrorGrowsWithTheShare() {
        Autoencoder identity = identity();
        assertArrayEquals(values(CodeRedundancy.reconstruct(identity, INPUTS, 0.5, 7)),
                values(CodeRedundancy.reconstruct(identity, INPUTS, 0.5, 7)), 0.0);
        assertFalse(Arrays.equals(values(CodeRedundancy.reconstruct(identity, INPUTS, 0.5, 7)),
                values(CodeRedundancy.reconstruct(identity, INPUTS, 0.5, 8))));
        double[] errors = CodeRedundancy.errors(identity, INPUTS, new double[] {0, 0.25, 0.5, 0.75}, 7);
        assertEquals(0.0, errors[0], 1e-12);
        for (int i = 1; i < errors.length; i++) {
            assertTrue(errors[i] > errors[i - 1], "more units off, larger error: " + Arrays.toString(errors));
        }
        // For the identity E[(m x - x)^2] = x^2 * share / (1 - share), and E[x^2] = 1/3 for uniform [0, 1) inputs.
        assertEquals(1.0 / 3 * 0.5 / 0.5, errors[2], 0.02);
    }

    @Test
    void badSharesAndFeaturesAreRefused() {
        assertEquals("the share of code units to switch off must be at least 0 and below 1 (0.5 switches off half of them); "
                + "got 1.0", assertThrows(IllegalArgumentException.class,
                        () -> CodeRedundancy.error(identity(), INPUTS, 1, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CodeRedundancy.errors(identity(), INPUTS, new double[] {0, -0.1}, 1));
        assertThrows(IllegalArgumentException.class, () -> CodeRedundancy.error(identity(), INPUTS, Double.NaN, 1));
        assertEquals("features must be shaped [examples, 6] for this 6-6-6 autoencoder, with at least one row; got [3, 4]",
                assertThrows(IllegalArgumentException.class,
                        () -> CodeRedundancy.reconstruct(identity(), Nd4j.rand(3, 4), 0.5, 1)).getMessage());
    }

    // A 6-6-6 linear autoencoder whose layers are both the identity: its code is its input.
    private static Autoencoder identity() {
        Autoencoder identity = Autoencoder.builder().inputs(6).hidden(6, Activation.IDENTITY)
                .outputActivation(Activation.IDENTITY).dataType(DataType.DOUBLE).build();
        INDArray flat = identity.params().assign(0);
        for (int layer = 0; layer < 2; layer++) {
            for (int j = 0; j < 6; j++) {
                flat.putScalar(layer * (6 * 6 + 6) + j * 7, 1.0);
            }
        }
        identity.setParams(flat);
        return identity;
    }

    private static double[] values(INDArray array) {
        return array.castTo(DataType.DOUBLE).dup('c').reshape(array.length()).toDoubleVector();
    }
}
