package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Backprop of the variational and the convolutional autoencoder against central finite
 * differences, with DL4J's {@code GradientCheckUtil} in double precision on small networks (tanh,
 * since ReLU's kink at 0 makes finite differences unreliable). The VAE's loss draws its codes at
 * random; the check reseeds ND4J's generator before every evaluation, so both sides see the same draw.
 */
class ReconstructionModelGradientCheckTest {
    private static final double EPSILON = 1e-6;
    private static final double MAX_RELATIVE_ERROR = 1e-5;
    private static final double MIN_ABSOLUTE_ERROR = 1e-9;

    private DataType defaultType;
    private DataType networkType;

    @BeforeEach
    void doublePrecision() {
        // GradientCheckUtil insists on double as ND4J's default type, a global setting: restore it after.
        defaultType = Nd4j.defaultFloatingPointType();
        networkType = Nd4j.dataType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @AfterEach
    void restorePrecision() {
        Nd4j.setDefaultDataTypes(networkType, defaultType);
    }

    @Test
    void theVaeGradientOfReconstructionPlusKlMatchesFiniteDifferences() {
        Vae vae = Vae.builder().inputs(6).encoder(5, 4).latent(3).decoder(4).activation(Activation.TANH)
                .updater(new NoOp()).dataType(DataType.DOUBLE).seed(5).build();
        vae.network().initGradientsView();
        INDArray pixels = Nd4j.rand(DataType.DOUBLE, 7, 6);
        assertTrue(GradientCheckUtil.checkGradientsPretrainLayer(vae.network().getLayer(0), EPSILON,
                MAX_RELATIVE_ERROR, MIN_ABSOLUTE_ERROR, true, false, pixels, 12345), "VAE gradient check");
    }

    @Test
    void theConvAutoencoderGradientMatchesFiniteDifferencesForTheMseLoss() {
        ConvAutoencoder cae = ConvAutoencoder.builder().image(8, 12).channels(2, 3, 4).activation(Activation.TANH)
                .updater(new NoOp()).dataType(DataType.DOUBLE).seed(3).build();
        assertTrue(check(cae, Nd4j.rand(DataType.DOUBLE, 3, 96), EPSILON), "MSE gradient check");
    }

    @Test
    void theConvAutoencoderGradientMatchesFiniteDifferencesForTheCrossEntropyLoss() {
        // Cross-entropy sums over the pixels (about 11 nats here against MSE's 0.08), so the loss's round-off
        // in the last digits is larger: a step of 1e-4 keeps it out of the differences (truncation ~1e-8).
        ConvAutoencoder cae = ConvAutoencoder.builder().image(4, 4).channels(2, 3, 4).activation(Activation.TANH)
                .loss(LossFunction.XENT).updater(new NoOp()).dataType(DataType.DOUBLE).seed(3).build();
        assertTrue(check(cae, Nd4j.rand(DataType.DOUBLE, 3, 16), 1e-4), "XENT gradient check");
    }

    private static boolean check(ConvAutoencoder cae, INDArray images, double epsilon) {
        return GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(cae.toMultiLayerNetwork())
                .input(images).labels(images).epsilon(epsilon).maxRelError(MAX_RELATIVE_ERROR)
                .minAbsoluteError(MIN_ABSOLUTE_ERROR));
    }
}
