package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.nn.ParamAssertions.assertBitIdentical;
import static org.lectern.nn.VaeTest.assertMessage;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The convolutional autoencoder: the tutorial's shapes, flat images in and out, the dense autoencoder's loss definition. */
class ConvAutoencoderTest {
    static ConvAutoencoder small(LossFunction loss) {
        return ConvAutoencoder.builder().image(8, 12).channels(2, 3, 4).activation(Activation.TANH).loss(loss)
                .dataType(DataType.DOUBLE).seed(3).build();
    }

    @Test
    void theTutorialNetworkGoesFrom28x28ToA64ChannelCodeAndBack() {
        ConvAutoencoder cae = ConvAutoencoder.builder().build();
        assertEquals("1x28x28-16x14x14-32x7x7-[64x1x1]-32x7x7-16x14x14-1x28x28", cae.sizes());
        assertEquals(List.of(16, 32, 64), cae.channels());
        assertEquals(784, cae.inputs());
        INDArray images = Nd4j.rand(DataType.FLOAT, 5, 784);
        assertArrayEquals(new long[] {5, 784}, cae.reconstruct(images).shape());
        assertArrayEquals(new long[] {5, 64}, cae.encode(images).shape());
        assertArrayEquals(new long[] {1, 784}, cae.reconstruct(images.getRow(0)).shape(), "a vector is one image");
        INDArray out = cae.reconstruct(images);
        assertTrue(out.minNumber().doubleValue() > 0 && out.maxNumber().doubleValue() < 1, "sigmoid output");
        // conv 3x3: 1*16*9+16, 16*32*9+32, 7x7 code: 32*64*49+64; transposed: 64*32*49+32, 32*16*9+16, 16*1*9+1
        assertEquals(160 + 4640 + 100416 + 100384 + 4624 + 145, cae.parameterCount());
        assertEquals("ConvAutoencoder 1x28x28-16x14x14-32x7x7-[64x1x1]-32x7x7-16x14x14-1x28x28: 210,369 parameters, "
                + "float, 3 convolutions and 3 transposed convolutions, loss MSE, Adam lr 0.001, seed 42", cae.summary());
    }

    @Test
    void theMseLossIsTheDenseAutoencodersMeanOverPixelsAndImages() {
        ConvAutoencoder cae = small(LossFunction.MSE);
        INDArray images = Nd4j.rand(DataType.DOUBLE, 6, 96);
        INDArray difference = cae.reconstruct(images).sub(images);
        double byHand = difference.mul(difference).meanNumber().doubleValue();
        assertEquals(byHand, cae.loss(images), 1e-12);
        assertEquals(byHand, cae.reconstructionError(images), 1e-12);
        Autoencoder dense = Autoencoder.builder().inputs(96).hidden(4, Activation.TANH).dataType(DataType.DOUBLE)
                .build();
        assertEquals(dense.reconstructionError(images), dense.loss(images), 1e-12,
                "the dense autoencoder's MSE loss is the same mean");
    }

    @Test
    void theCrossEntropyLossSumsOverPixelsAsDl4jsXentDoes() {
        ConvAutoencoder cae = small(LossFunction.XENT);
        INDArray images = Nd4j.rand(DataType.DOUBLE, 6, 96);
        INDArray p = cae.reconstruct(images);
        INDArray logLikelihood = images.mul(Transforms.log(p, true))
                .addi(images.rsub(1.0).muli(Transforms.log(p.rsub(1.0), true)));
        assertEquals(-logLikelihood.sumNumber().doubleValue() / 6, cae.loss(images), 1e-9);
        assertEquals(LossFunction.XENT, cae.loss());
    }

    @Test
    void aTrainingStepReturnsTheLossBeforeTheStepAndLowersIt() {
        ConvAutoencoder cae = ConvAutoencoder.builder().image(8, 8).channels(2, 3, 4).updater(new Sgd(0.5))
                .dataType(DataType.DOUBLE).seed(3).build();
        INDArray images = Nd4j.rand(DataType.DOUBLE, 10, 64);
        double before = cae.loss(images);
        assertEquals(before, cae.fitBatch(images), 1e-12);
        assertTrue(cae.loss(images) < before, "one step downhill");
    }

    @Test
    void theTrainingScoreIsTheEvaluationLoss() {
        for (LossFunction loss : new LossFunction[] {LossFunction.MSE, LossFunction.XENT}) {
            ConvAutoencoder cae = ConvAutoencoder.builder().image(8, 8).channels(2, 3, 4).loss(loss)
                    .updater(new Sgd(0.0)).dataType(DataType.DOUBLE).seed(3).build();
            INDArray images = Nd4j.rand(DataType.DOUBLE, 10, 64);
            assertEquals(cae.loss(images), cae.fitBatch(images), 1e-12, loss.name());
        }
    }

    @Test
    void theSameSeedGivesTheSameKernels() {
        assertBitIdentical(small(LossFunction.MSE).params(), small(LossFunction.MSE).params(), "same seed");
        ConvAutoencoder other = ConvAutoencoder.builder().image(8, 12).channels(2, 3, 4).dataType(DataType.DOUBLE)
                .seed(4).build();
        assertFalse(small(LossFunction.MSE).params().equalsWithEps(other.params(), 1e-3), "another seed");
    }

    @Test
    void badSizesGetClearErrors() {
        assertMessage("the image height must be a multiple of 4 (two stride-2 convolutions halve it twice and the "
                + "decoder doubles it back), such as 28; got 30", () -> ConvAutoencoder.builder().image(30, 28));
        assertMessage("the image width must be a multiple of 4", () -> ConvAutoencoder.builder().image(28, 0));
        assertMessage("the code's channels must be at least 1; got 0",
                () -> ConvAutoencoder.builder().channels(16, 32, 0));
        ConvAutoencoder cae = small(LossFunction.MSE);
        assertMessage("ConvAutoencoder 1x8x12-2x4x6-3x2x3-[4x1x1]-3x2x3-2x4x6-1x8x12 expects features shaped "
                + "[examples, 96] (one example per row); got [3, 784]", () -> cae.reconstruct(Nd4j.rand(3, 784)));
        assertMessage("this ConvAutoencoder 1x8x12", () -> cae.setParams(Nd4j.zeros(5)));
        assertMessage("a ConvAutoencoder computes in FLOAT or DOUBLE; got BFLOAT16",
                () -> ConvAutoencoder.builder().dataType(DataType.BFLOAT16));
    }
}
