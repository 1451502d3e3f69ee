package org.lectern.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lectern.data.InstalledData.assumeInstalled;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.lectern.data.FashionMnist;
import org.lectern.data.ImageDataset;
import org.lectern.data.LabeledImages;
import org.lectern.data.Mnist;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * One PNG of each figure type from the real MNIST and Fashion-MNIST files, written to
 * {@code /tmp/lectern-plots/} for a person to look at. The numbers are real but come from quick
 * stand-ins for the lecture's models: softmax regression trained here with plain ND4J (loss,
 * accuracy, confusion matrix, weight histogram) and principal components (reconstructions, 400 "weight" tiles).
 * Skipped where the data is not installed.
 */
class LectureFiguresPreviewTest {
    static final Path OUT = Path.of("/tmp/lectern-plots");
    private static final int TRAIN = 3000;

    private static LabeledImages train;
    private static LabeledImages test;

    @BeforeAll
    static void load() {
        assumeInstalled(ImageDataset.MNIST);
        train = Mnist.train().quick(false).images().head(TRAIN);
        test = Mnist.test().quick(false).images();
    }

    /** A softmax regression trained by plain mini-batch gradient descent, with its loss and accuracy per epoch. */
    private static final class Softmax {
        final INDArray weights = Nd4j.zeros(DataType.FLOAT, 784, 10);
        final INDArray bias = Nd4j.zeros(DataType.FLOAT, 1, 10);
        final List<Double> loss = new ArrayList<>();
        final List<Double> trainAccuracy = new ArrayList<>();
        final List<Double> testAccuracy = new ArrayList<>();

        void epochs(int count, double learningRate) {
            INDArray x = train.features();
            INDArray y = train.oneHotLabels();
            for (int epoch = 0; epoch < count; epoch++) {
                double total = 0;
                for (int start = 0; start < TRAIN; start += 100) {
                    INDArray xb = x.get(NDArrayIndex.interval(start, start + 100), NDArrayIndex.all());
                    INDArray yb = y.get(NDArrayIndex.interval(start, start + 100), NDArrayIndex.all());
                    INDArray p = probabilities(xb);
                    total += -Transforms.log(p.mul(yb).sum(1)).sumNumber().doubleValue();
                    INDArray error = p.sub(yb).divi(100);
                    weights.subi(xb.transpose().mmul(error).muli(learningRate));
                    bias.subi(error.sum(true, 0).muli(learningRate));
                }
                loss.add(total / TRAIN);
                trainAccuracy.add(accuracy(train));
                testAccuracy.add(accuracy(test));
            }
        }

        INDArray probabilities(INDArray x) {
            INDArray logits = x.mmul(weights).addiRowVector(bias);
            return Nd4j.nn().softmax(logits, 1);
        }

        int[] predict(INDArray x) {
            return probabilities(x).argMax(1).toIntVector();
        }

        /** Returns the accuracy in percent. */
        double accuracy(LabeledImages images) {
            int[] predicted = predict(images.features());
            int right = 0;
            for (int i = 0; i < predicted.length; i++) {
                right += predicted[i] == images.labels()[i] ? 1 : 0;
            }
            return 100.0 * right / predicted.length;
        }
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void assertPng(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertTrue(image != null && image.getWidth() > 100, file + " is not a readable PNG");
    }

    @Test
    void curvesConfusionAndHistogramFromSoftmaxRegression() throws IOException {
        Softmax single = new Softmax();
        single.epochs(10, 0.1);
        List<Double> firstStage = new ArrayList<>(single.loss);
        single.loss.clear();
        single.epochs(10, 0.5);
        XYChart loss = EpochCurves.loss().title("Softmax regression on 3000 MNIST digits: training loss (NLL)")
                .series("learning rate 0.1", array(firstStage))
                .continued("learning rate 0.5", array(single.loss))
                .reference("lecture", 0.3)
                .save(OUT.resolve("loss-curves.png"));
        assertEquals(20, loss.getSeriesMap().get("learning rate 0.5").getXData()[9], 0);
        EpochCurves.loss().title("The same loss on a logarithmic axis").series("learning rate 0.1", array(firstStage))
                .continued("learning rate 0.5", array(single.loss)).reference("lecture", 0.3).logY(true)
                .save(OUT.resolve("loss-curves-log.png"));
        EpochCurves.accuracy().title("Softmax regression accuracy per epoch")
                .series("train", array(single.trainAccuracy)).series("test", array(single.testAccuracy))
                .reference("lecture (training)", 91.83)
                .save(OUT.resolve("accuracy-curves.png"));
        int[][] counts = new int[10][10];
        int[] predicted = single.predict(test.features());
        for (int i = 0; i < predicted.length; i++) {
            counts[test.labels()[i]][predicted[i]]++;
        }
        ConfusionChart.of(counts, Mnist.classNames()).title("Softmax regression, MNIST test set")
                .save(OUT.resolve("confusion-counts.png"));
        ConfusionChart.of(counts, Mnist.classNames()).rowNormalized(true).save(OUT.resolve("confusion-percent.png"));
        HistogramChart.builder().title("Softmax regression weights").xAxisTitle("weight").bins(40)
                .series("weights", single.weights).save(OUT.resolve("histogram.png"));
        // A quick-mode run: two epochs per stage, one accuracy point.
        EpochCurves.loss().title("Quick mode: two epochs per stage").series("single autoencoder", array(firstStage.subList(0, 2)))
                .continued("stacked autoencoder", array(single.loss.subList(0, 2))).reference("lecture", 0.3)
                .save(OUT.resolve("loss-curves-quick.png"));
        for (String name : List.of("loss-curves-quick", "loss-curves", "loss-curves-log", "accuracy-curves", "confusion-counts",
                "confusion-percent", "histogram")) {
            assertPng(OUT.resolve(name + ".png"));
        }
    }

    @Test
    void imageGridsFromTestDigitsPcaAndFashion() throws IOException {
        INDArray x = train.features().get(NDArrayIndex.interval(0, 2000), NDArrayIndex.all()).castTo(DataType.DOUBLE);
        INDArray mean = x.mean(true, 0);
        INDArray factor = principalComponents(x.subRowVector(mean), 400);
        INDArray digits = test.features().get(NDArrayIndex.interval(0, 10), NDArrayIndex.all()).castTo(DataType.DOUBLE);
        List<String> labels = java.util.Arrays.stream(test.labels()).limit(10).mapToObj(String::valueOf).toList();
        ImageGrid.builder().title("Test digits and their PCA reconstructions")
                .row("test digits", digits)
                .row("PCA, 50 components", reconstruct(digits, mean, factor, 50))
                .row("PCA, 400 components", reconstruct(digits, mean, factor, 400))
                .columnCaptions(labels)
                .save(OUT.resolve("reconstructions.png"));
        Plots.save(Plots.weightTiles(factor, 20, 20), OUT.resolve("weight-tiles.png"));
        assumeInstalled(ImageDataset.FASHION_MNIST);
        LabeledImages fashion = FashionMnist.test().quick(false).images().head(16);
        Plots.save(Plots.labelledImages("Fashion-MNIST test images", fashion.features(), fashion.labels(),
                FashionMnist.classNames(), 8), OUT.resolve("fashion-samples.png"));
        LabeledImages fashionTrain = FashionMnist.train().quick(false).images().head(TRAIN);
        LabeledImages fashionTest = FashionMnist.test().quick(false).images();
        Plots.save(ConfusionChart.of(nearestCentroid(fashionTrain, fashionTest), FashionMnist.classNames())
                .title("Nearest class mean, Fashion-MNIST test set").rowNormalized(true).build(),
                OUT.resolve("confusion-fashion.png"));
        for (String name : List.of("reconstructions", "weight-tiles", "fashion-samples", "confusion-fashion")) {
            assertPng(OUT.resolve(name + ".png"));
        }
        try (var files = Files.list(OUT)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".")), "a temporary file was left in " + OUT);
        }
    }

    /** Returns the {@code count} leading eigenvectors of the covariance, [784, count], largest eigenvalue first. */
    private static INDArray principalComponents(INDArray centred, int count) {
        INDArray covariance = centred.transpose().mmul(centred).divi(centred.rows() - 1);
        Eigen.symmetricGeneralizedEigenvalues(covariance, true);   // eigenvectors replace the matrix, ascending
        int n = covariance.columns();
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = n - 1 - i;
        }
        return covariance.getColumns(order);
    }

    /** Returns the confusion counts of classifying each test image as the class whose training mean is nearest. */
    private static int[][] nearestCentroid(LabeledImages train, LabeledImages test) {
        INDArray means = Nd4j.zeros(DataType.FLOAT, 10, 784);
        int[] sizes = new int[10];
        for (int i = 0; i < train.size(); i++) {
            means.getRow(train.labels()[i]).addi(train.features().getRow(i));
            sizes[train.labels()[i]]++;
        }
        for (int c = 0; c < 10; c++) {
            means.getRow(c).divi(sizes[c]);
        }
        // |x - m|^2 = |m|^2 - 2 x.m + |x|^2; the last term is the same for every class.
        INDArray distances = test.features().mmul(means.transpose()).muli(-2)
                .addiRowVector(means.mul(means).sum(1).reshape(1, 10));
        int[] predicted = distances.neg().argMax(1).toIntVector();
        int[][] counts = new int[10][10];
        for (int i = 0; i < predicted.length; i++) {
            counts[test.labels()[i]][predicted[i]]++;
        }
        return counts;
    }

    private static INDArray reconstruct(INDArray images, INDArray mean, INDArray factor, int components) {
        INDArray basis = factor.get(NDArrayIndex.all(), NDArrayIndex.interval(0, components));
        return images.subRowVector(mean).mmul(basis).mmul(basis.transpose()).addRowVector(mean);
    }
}
