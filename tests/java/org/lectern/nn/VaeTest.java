package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.nn.ParamAssertions.assertBitIdentical;
import static org.lectern.nn.ParamAssertions.values;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.params.VariationalAutoencoderParamInitializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The variational autoencoder: its loss terms against hand computations and DL4J's score, encoding, decoding, sampling, walks. */
class VaeTest {
    private static final INDArray PIXELS = Nd4j.rand(DataType.DOUBLE, 7, 6);

    /** A small Vae whose training steps change nothing (DL4J's NoOp would step by the raw gradient). */
    static Vae tiny(DataType type) {
        return tiny(type, new Sgd(0.0));
    }

    static Vae tiny(DataType type, IUpdater updater) {
        return Vae.builder().inputs(6).encoder(5).latent(3).decoder(4).activation(Activation.TANH)
                .updater(updater).dataType(type).seed(5).build();
    }

    @Test
    void theKlTermMatchesAHandComputation() {
        // Row 1: mean (1, 2), variance (1, 2): 1/2 [(1 + 1 - 1 - 0) + (4 + 2 - 1 - ln 2)] = 3 - ln(2) / 2.
        // Row 2: the prior itself: 0.
        Posterior q = new Posterior(Nd4j.createFromArray(new double[][] {{1, 2}, {0, 0}}),
                Nd4j.createFromArray(new double[][] {{0, Math.log(2)}, {0, 0}}));
        assertArrayEquals(new double[] {3 - Math.log(2) / 2, 0}, q.kl(), 1e-12);
        assertEquals((3 - Math.log(2) / 2) / 2, q.meanKl(), 1e-12);
        assertArrayEquals(new double[] {1, Math.sqrt(2), 1, 1}, values(q.standardDeviation()), 1e-12);
    }

    @Test
    void withADecoderThatIgnoresTheCodeTheLossIsDl4jsScoreAndMatchesAHandComputation() {
        Vae vae = tiny(DataType.DOUBLE);
        Layer layer = vae.network().getLayer(0);
        // Decoder weights at zero: the pixel probabilities are sigmoid(pXZb) whatever code is drawn,
        // so DL4J's random training score and our seeded measurement must agree exactly.
        for (String name : new String[] {"d0W", VariationalAutoencoderParamInitializer.PXZ_W}) {
            layer.getParam(name).assign(0);
        }
        INDArray bias = layer.getParam(VariationalAutoencoderParamInitializer.PXZ_B);
        bias.assign(Nd4j.createFromArray(-1.0, -0.5, 0.0, 0.5, 1.0, 2.0));
        INDArray p = Transforms.sigmoid(bias.reshape(1, 6), true);
        INDArray logLikelihood = PIXELS.mul(Transforms.log(p, true).broadcast(7, 6))
                .addi(PIXELS.rsub(1.0).muli(Transforms.log(p.rsub(1.0), true).broadcast(7, 6)));
        double expectedReconstruction = -logLikelihood.sumNumber().doubleValue() / 7;

        VaeLoss terms = vae.lossTerms(PIXELS);
        assertEquals(expectedReconstruction, terms.reconstruction(), 1e-10);
        assertEquals(vae.posterior(PIXELS).meanKl(), terms.kl(), 1e-12);
        assertTrue(terms.kl() > 0, "a fresh encoder is not the prior");

        INDArray before = vae.params();
        double dl4jScore = vae.fitBatch(PIXELS);   // learning rate 0: the step changes nothing
        assertEquals(dl4jScore, terms.total(), 1e-10);
        assertEquals(terms.total(), vae.loss(PIXELS), 0.0);
        assertBitIdentical(before, vae.params(), "parameters after a step with learning rate 0");
    }

    @Test
    void theKlTermIsComputedFromTheMeanDl4jEncodesTo() {
        Vae vae = tiny(DataType.DOUBLE);
        Posterior q = vae.posterior(PIXELS);
        assertArrayEquals(values(vae.encode(PIXELS)), values(q.mean()), 1e-12);
        assertArrayEquals(new long[] {7, 3}, q.logVariance().shape());
        // And the decoder's pre-activations are DL4J's Bernoulli means before the sigmoid.
        INDArray codes = Nd4j.rand(DataType.DOUBLE, 4, 3);
        INDArray ours = Transforms.sigmoid(new VaeForward(vae.network().getLayer(0)).decoderPreOutput(codes), true);
        assertArrayEquals(values(vae.decode(codes)), values(ours), 1e-12);
    }

    @Test
    void theMeasuredLossIsRepeatableAndTheSeedChangesOnlyItsNoise() {
        Vae vae = tiny(DataType.DOUBLE);
        assertEquals(vae.lossTerms(PIXELS), vae.lossTerms(PIXELS));
        assertEquals(vae.lossTerms(PIXELS).kl(), vae.posterior(PIXELS).meanKl(), 1e-12);
    }

    @Test
    void shapesOfCodesReconstructionsAndSamples() {
        Vae vae = Vae.builder().latent(2).build();
        INDArray images = Nd4j.rand(DataType.FLOAT, 3, 784);
        assertArrayEquals(new long[] {3, 2}, vae.encode(images).shape());
        assertArrayEquals(new long[] {3, 784}, vae.reconstruct(images).shape());
        assertArrayEquals(new long[] {1, 784}, vae.reconstruct(images.getRow(0)).shape(), "a vector is one image");
        assertEquals("784-512-256-[2]-256-512-784", vae.sizes());
        long encoder = 784 * 512 + 512 + 512 * 256 + 256;
        long heads = 2 * (256 * 2 + 2);
        long decoder = 2 * 256 + 256 + 256 * 512 + 512 + 512 * 784 + 784;
        assertEquals(encoder + heads + decoder, vae.parameterCount(), "encoder, mean and log-variance heads, decoder");
        assertEquals("Vae 784-512-256-[2]-256-512-784: 1,068,820 parameters, float, relu hidden layers, Bernoulli pixels "
                + "(sigmoid), Adam lr 0.001, seed 42", vae.summary());
    }

    @Test
    void samplesFromThePriorAreImagesOfProbabilitiesAndFollowTheSeed() {
        Vae vae = Vae.builder().inputs(20).encoder(8).latent(4).seed(3).build();
        INDArray samples = vae.sample(50, 7);
        assertArrayEquals(new long[] {50, 20}, samples.shape());
        assertTrue(samples.minNumber().doubleValue() > 0 && samples.maxNumber().doubleValue() < 1,
                "Bernoulli means lie in (0, 1)");
        assertBitIdentical(samples, vae.sample(50, 7), "same seed");
        assertNotEquals(values(samples)[0], values(vae.sample(50, 8))[0], "another seed");
        assertFalse(samples.getRow(0).equalsWithEps(samples.getRow(1), 1e-6), "different codes give different images");
    }

    @Test
    void aLatentWalkRunsFromOneReconstructionToTheOther() {
        Vae vae = Vae.builder().inputs(20).encoder(8).latent(4).dataType(DataType.DOUBLE).seed(3).build();
        INDArray a = Nd4j.rand(DataType.DOUBLE, 20);
        INDArray b = Nd4j.rand(DataType.DOUBLE, 1, 20);
        INDArray walk = vae.walk(a, b, 6);
        assertArrayEquals(new long[] {6, 20}, walk.shape());
        assertArrayEquals(values(vae.reconstruct(a)), values(walk.getRow(0)), 1e-12);
        assertArrayEquals(values(vae.reconstruct(b)), values(walk.getRow(5)), 1e-12);
        INDArray codes = Vae.interpolate(vae.encode(a), vae.encode(b), 6);
        assertArrayEquals(values(vae.decode(codes.getRow(2, true))), values(walk.getRow(2)), 1e-12);
    }

    @Test
    void interpolationIsLinearAndKeepsBothEnds() {
        INDArray from = Nd4j.createFromArray(1.0, -2.0);
        INDArray to = Nd4j.createFromArray(4.0, 2.0);
        INDArray line = Vae.interpolate(from, to, 4);
        assertArrayEquals(new double[] {1, -2, 2, -2 + 4.0 / 3, 3, -2 + 8.0 / 3, 4, 2}, values(line), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Vae.interpolate(from, to, 1));
        assertThrows(IllegalArgumentException.class, () -> Vae.interpolate(from, Nd4j.zeros(3), 3));
    }

    @Test
    void theManifoldDecodesAGridRowByRowFromTopLeft() {
        Vae vae = Vae.builder().inputs(20).encoder(8).latent(2).dataType(DataType.DOUBLE).seed(3).build();
        INDArray grid = vae.manifold(3, 2.0);
        assertArrayEquals(new long[] {9, 20}, grid.shape());
        assertArrayEquals(values(vae.decode(Nd4j.createFromArray(-2.0, 2.0))), values(grid.getRow(0)), 1e-12);
        assertArrayEquals(values(vae.decode(Nd4j.createFromArray(0.0, 2.0))), values(grid.getRow(1)), 1e-12);
        assertArrayEquals(values(vae.decode(Nd4j.createFromArray(2.0, -2.0))), values(grid.getRow(8)), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tiny(DataType.FLOAT).manifold(5, 3));
        assertTrue(e.getMessage().contains("has 3 dimensions: build one with .latent(2)"), e.getMessage());
    }

    @Test
    void theSameSeedGivesTheSameParameters() {
        assertBitIdentical(tiny(DataType.FLOAT).params(), tiny(DataType.FLOAT).params(), "same seed");
        Vae other = Vae.builder().inputs(6).encoder(5).latent(3).decoder(4).activation(Activation.TANH).seed(6)
                .build();
        assertNotEquals(values(tiny(DataType.FLOAT).params())[0], values(other.params())[0]);
    }

    @Test
    void badArgumentsGetClearErrors() {
        Vae vae = tiny(DataType.FLOAT);
        assertMessage("Vae 6-5-[3]-4-6 expects features shaped [examples, 6] (one example per row); got [2, 5]",
                () -> vae.encode(Nd4j.rand(DataType.FLOAT, 2, 5)));
        assertMessage("Vae 6-5-[3]-4-6 models each pixel as a Bernoulli probability, so pixels must lie in [0, 1]; "
                + "got values from -1.0 to 1.0", () -> vae.fitBatch(Nd4j.createFromArray(new float[] {-1, 0, 0, 0, 0, 1})));
        assertMessage("Vae 6-5-[3]-4-6 expects codes shaped [examples, 3] (one example per row); got [4, 2]",
                () -> vae.decode(Nd4j.rand(DataType.FLOAT, 4, 2)));
        assertMessage("Vae 6-5-[3]-4-6 expects one image as from (a vector of 6 values or a [1, 6] row); got 2 images",
                () -> vae.walk(Nd4j.rand(DataType.FLOAT, 2, 6), Nd4j.rand(DataType.FLOAT, 6), 3));
        assertMessage("sample(count, seed) needs a count of at least 1; got 0", () -> vae.sample(0, 1));
        assertMessage("the encoder needs at least one hidden layer, e.g. .encoder(512, 256)",
                () -> Vae.builder().encoder());
        assertMessage("every decoder layer needs at least 1 unit; got [256, 0]", () -> Vae.builder().decoder(256, 0));
        assertMessage("the latent size must be at least 1; got 0", () -> Vae.builder().latent(0));
        assertMessage("a Vae computes in FLOAT or DOUBLE; got BFLOAT16", () -> Vae.builder().dataType(DataType.BFLOAT16));
        assertMessage("this Vae 6-5-[3]-4-6 has " + vae.parameterCount() + " parameters; got a vector of 3 [3]",
                () -> vae.setParams(Nd4j.zeros(3)));
    }

    static void assertMessage(String expectedStart, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(expectedStart), "message was: " + e.getMessage());
    }
}
