package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lectern.display.MimeBundle;
import org.lectern.display.MimeType;
import org.lectern.display.Renderers;
import org.nd4j.linalg.factory.Nd4j;

/** Every figure type shows inline: the notebook's standard renderers turn it into a PNG. */
class FigureRenderingTest {
    private static final Renderers RENDERERS = Renderers.standard(FigureRenderingTest.class.getClassLoader());

    static Stream<Arguments> figures() {
        return Stream.of(
                Arguments.of("loss curves", Plots.lossCurves("Loss", Map.of("train", new double[] {0.3, 0.2, 0.1})), 2),
                Arguments.of("accuracy curves", Plots.accuracyCurves("Accuracy", Map.of("test", new double[] {60, 70})), 2),
                Arguments.of("image grid", Plots.imageGrid(Nd4j.rand(12, 784), 6), 1),
                Arguments.of("weight tiles", Plots.weightTiles(Nd4j.randn(784, 100), 10, 10), 1),
                Arguments.of("labelled images", Plots.labelledImages("Samples", Nd4j.rand(4, 784), new int[] {0, 1, 2, 1},
                        List.of("zero", "one", "two"), 4), 1),
                Arguments.of("confusion", Plots.confusion(new int[][] {{5, 1}, {2, 7}}, List.of("a", "b")), 2),
                Arguments.of("histogram", Plots.histogram(Nd4j.randn(1000), 20, "Weights", "weight"), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void theFigureBecomesAPng(String name, Object figure, int density) throws IOException {
        MimeBundle bundle = RENDERERS.render(figure);

        assertTrue(bundle.has(MimeType.PNG), name + " rendered as " + bundle.data().keySet());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) bundle.get(MimeType.PNG))));
        int width = figure instanceof BufferedImage image ? image.getWidth()
                : ((org.knowm.xchart.internal.chartpart.Chart<?, ?>) figure).getWidth();
        assertEquals(density * width, png.getWidth(), name);
    }
}
