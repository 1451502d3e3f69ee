package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.nn.ParamAssertions.assertBitIdentical;
import static org.lectern.nn.ParamAssertions.values;

import java.util.Arrays;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Fresh parameters: PyTorch's nn.Linear bounds by default, DL4J's schemes on request, always seeded. */
class InitTest {

    @Test
    void pytorchInitDrawsWeightsAndBiasesUniformlyWithinOneOverSquareRootOfFanIn() {
        Autoencoder ae = Autoencoder.builder().inputs(784).hidden(400, Activation.TANH).build();
        assertUniformWithin(ae.weights(0), 1 / Math.sqrt(784), "weights of 784 -> 400");
        assertUniformWithin(ae.bias(0), 1 / Math.sqrt(784), "biases of 784 -> 400");
        assertUniformWithin(ae.weights(1), 1 / Math.sqrt(400), "weights of 400 -> 784");
        assertUniformWithin(ae.bias(1), 1 / Math.sqrt(400), "biases of 400 -> 784");
    }

    @Test
    void theSameSeedGivesBitIdenticalParametersAndAnotherSeedOthers() {
        INDArray first = Autoencoder.builder().seed(7).build().params();
        INDArray again = Autoencoder.builder().seed(7).build().params();
        INDArray other = Autoencoder.builder().seed(8).build().params();
        assertBitIdentical(first, again, "same seed");
        assertFalse(Arrays.equals(values(first), values(other)), "seed 8 drew the same parameters as seed 7");
    }

    @Test
    void doubleNetworksDrawTheSameValuesAsFloatOnesBeforeRounding() {
        INDArray asFloat = Autoencoder.builder().inputs(20).hidden(5, Activation.TANH).build().params();
        INDArray asDouble = Autoencoder.builder().inputs(20).hidden(5, Activation.TANH).dataType(DataType.DOUBLE)
                .build().params();
        assertEquals(DataType.DOUBLE, asDouble.dataType());
        assertBitIdentical(asDouble.castTo(DataType.FLOAT), asFloat, "float = rounded double");
    }

    @Test
    void dl4jSchemesDrawTheWeightsAndZeroTheBiases() {
        Autoencoder xavier = Autoencoder.builder().init(Init.of(WeightInit.XAVIER)).build();
        double[] weights = values(xavier.weights(0));
        double expectedStd = Math.sqrt(2.0 / (784 + 400));
        assertEquals(expectedStd, std(weights), expectedStd * 0.02, "XAVIER: std sqrt(2 / (fanIn + fanOut))");
        assertTrue(Arrays.stream(values(xavier.bias(0))).allMatch(b -> b == 0), "DL4J schemes start biases at 0");
        assertBitIdentical(xavier.params(), Autoencoder.builder().init(Init.of(WeightInit.XAVIER)).build().params(),
                "seeded DL4J scheme");
        assertEquals("XAVIER", xavier.spec().init().name());
    }

    @Test
    void schemesAreFoundByNameAndAnUnknownNameIsExplained() {
        assertEquals(Init.PYTORCH, Init.named("pytorch"));
        assertEquals(Init.of(WeightInit.RELU), Init.named("RELU"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Init.named("KAIMING"));
        assertEquals("unknown initialisation 'KAIMING': use PYTORCH or one of DL4J's WeightInit names such as "
                + "XAVIER or RELU", e.getMessage());
    }

    private static void assertUniformWithin(INDArray array, double bound, String what) {
        double[] v = values(array);
        double max = Arrays.stream(v).map(Math::abs).max().orElseThrow();
        assertTrue(max <= (float) bound, what + ": |value| " + max + " above the bound " + bound);
        // Uniform on [-b, b]: the extremes come close to b, the mean is near 0, the std is b / sqrt(3).
        assertTrue(max > 0.95 * bound, what + ": largest |value| " + max + " far below the bound " + bound);
        double tolerance = 4 * bound / Math.sqrt(3) / Math.sqrt(v.length);
        assertEquals(0, Arrays.stream(v).average().orElseThrow(), tolerance, what + ": mean");
        assertEquals(bound / Math.sqrt(3), std(v), bound * 0.1, what + ": std");
    }

    private static double std(double[] v) {
        double mean = Arrays.stream(v).average().orElseThrow();
        return Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / v.length);
    }
}
