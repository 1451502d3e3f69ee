package org.lectern.coordinates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.nn.InputMapping;
import org.lectern.nn.LayerSpec;
import org.lectern.nn.lean.LeanEngine;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

class ImageMlpTest {
    @Test
    void theDefaultsAreThePapersNetworkOnTheLeanEngine() {
        ImageMlp model = ImageMlp.builder().mapping(InputMapping.gaussian(256, 10, 0)).build();
        List<LayerSpec> layers = model.network().layers();

        assertEquals("512-256-256-256-3", model.network().spec().sizes());
        assertEquals(4, model.depth());
        for (int i = 0; i < 3; i++) {
            assertEquals(Activation.RELU, layers.get(i).activation(), "hidden layer " + i);
        }
        assertEquals(Activation.SIGMOID, layers.get(3).activation());
        assertEquals(LossFunction.MSE, model.network().loss());
        Adam adam = assertInstanceOf(Adam.class, model.network().updater());
        assertEquals(1e-3, adam.getLearningRate(), 0.0);
        assertEquals(DataType.FLOAT, model.network().dataType());
        assertInstanceOf(LeanEngine.class, model.network().engine());
        assertEquals("gaussian σ=10", model.name());
        assertTrue(model.toString().startsWith("image MLP (gaussian σ=10): 512 features -> 3 x 256 relu -> 3 sigmoid, "
                + "Adam lr 0.001, 263,683 parameters"), model.toString());
    }

    @Test
    void depthCountsTheOutputLayerAndWidthTheHiddenUnits() {
        ImageMlp model = ImageMlp.builder().mapping(InputMapping.basic()).depth(2).width(16).learningRate(0.01).seed(3).build();

        assertEquals("4-16-3", model.network().spec().sizes());
        assertEquals(0.01, model.learningRate(), 0.0);
        assertEquals(3, model.network().seed());
        assertEquals("2-3", ImageMlp.builder().mapping(InputMapping.none()).depth(1).build().network().spec().sizes());
    }

    @Test
    void predictionsAreColoursInZeroToOneForEachPoint() {
        ImageMlp model = ImageMlp.builder().mapping(InputMapping.positional(8, 3)).width(16).build();
        INDArray points = PixelGrid.of(8).coordinates();

        INDArray colours = model.predict(points);

        assertArrayEquals(new long[] {64, 3}, colours.shape());
        assertTrue(colours.minNumber().doubleValue() > 0 && colours.maxNumber().doubleValue() < 1);
        assertEquals(model.network().output(model.mapping().apply(points)), colours);
    }

    @Test
    void manyPointsArePredictedInChunksWithTheSameResult() {
        ImageMlp model = ImageMlp.builder().mapping(InputMapping.gaussian(8, 3, 1)).width(8).build();
        INDArray points = Nd4j.rand(DataType.FLOAT, ImageMlp.CHUNK * 2 + 5, 2);
        INDArray features = model.mapping().apply(points);

        INDArray chunked = model.predictFeatures(features);

        assertArrayEquals(new long[] {ImageMlp.CHUNK * 2 + 5, 3}, chunked.shape());
        assertEquals(model.network().output(features), chunked);
        assertEquals(chunked, model.predict(points));
        assertEquals("an input mapping takes coordinates shaped [n, 2], one (x, y) point per row; got [4]",
                assertThrows(IllegalArgumentException.class, () -> model.predict(Nd4j.zeros(4))).getMessage());
    }

    @Test
    void renderingDrawsThePredictionAtEveryPixel() {
        ImageMlp model = ImageMlp.builder().mapping(InputMapping.basic()).width(16).build();

        BufferedImage picture = model.render(8);

        assertEquals(8, picture.getWidth());
        assertEquals(8, picture.getHeight());
        INDArray colour = model.predict(Nd4j.createFromArray(new float[][] {{3 / 8f, 5 / 8f}}));
        int expected = Math.round(colour.getFloat(0, 0) * 255) << 16 | Math.round(colour.getFloat(0, 1) * 255) << 8
                | Math.round(colour.getFloat(0, 2) * 255);
        assertEquals(expected, picture.getRGB(3, 5) & 0xFFFFFF, "pixel x 3, y 5");
    }

    @Test
    void aModelNeedsAMappingAndSensibleSizes() {
        assertEquals("an ImageMlp needs an input mapping: add .mapping(InputMapping.none()), basic(), positional(128, 6) or "
                + "gaussian(256, 10, seed)", assertThrows(IllegalStateException.class,
                () -> ImageMlp.builder().build()).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ImageMlp.builder().depth(0)).getMessage()
                .endsWith("got 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ImageMlp.builder().learningRate(-1)).getMessage()
                .endsWith("(the paper uses 1e-3); got -1.0"));
    }
}
