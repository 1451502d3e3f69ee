package org.lectern.coordinates;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.nn.InputMapping;
import org.nd4j.linalg.api.ndarray.INDArray;
import tech.tablesaw.api.Table;

class ImageTrainerTest {
    private static ImageMlp small(InputMapping mapping) {
        // Narrower than the paper's 256 and a higher learning rate, so that 200 steps take about a second.
        return ImageMlp.builder().mapping(mapping).width(64).learningRate(3e-3).seed(1).build();
    }

    @Test
    void positionalEncodingBeatsTheRawCoordinatesOnTheHeldOutPixelsOfText() {
        ImageTask task = ImageTask.of(SyntheticImages.text(64));

        ImageFit raw = ImageTrainer.on(small(InputMapping.none())).task(task).steps(200).every(50).progress(false).fit();
        ImageFit encoded = ImageTrainer.on(small(InputMapping.positional(16, 4))).task(task).steps(200).every(50)
                .progress(false).fit();

        assertTrue(encoded.testPsnr() > raw.testPsnr() + 3, "positional " + encoded + " vs none " + raw);
        assertTrue(encoded.trainPsnr() > encoded.testPsnr(), "the training pixels are fitted better than the held-out ones");
    }

    @Test
    void thePsnrsAreRecordedBeforeTrainingEveryFewStepsAtSnapshotsAndAtTheEnd() {
        ImageTask task = ImageTask.of(SyntheticImages.text(16));

        ImageFit fit = ImageTrainer.on(small(InputMapping.basic())).task(task).steps(23).every(10).snapshots(0, 5, 23)
                .name("basic run").progress(false).fit();

        assertArrayEquals(new int[] {0, 5, 10, 20, 23}, fit.recordedSteps());
        Table table = fit.table();
        assertEquals("basic run", table.name());
        assertEquals(List.of("step", "train PSNR", "test PSNR"), table.columnNames());
        assertEquals(5, table.rowCount());
        assertEquals(fit.testPsnr(), table.doubleColumn("test PSNR").get(4), 0.0);
        assertEquals(List.of(0, 5, 23), List.copyOf(fit.snapshots().keySet()));
        assertEquals(23, fit.steps());
        assertTrue(fit.secondsPerStep() > 0);
        assertTrue(fit.toString().startsWith("basic run: 23 steps, train PSNR "), fit.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fit.snapshot(10));
        assertEquals("no reconstruction was kept at step 10; kept at steps [0, 5, 23]; image() is the final one",
                e.getMessage());
    }

    @Test
    void theRecordedPsnrsAreThoseOfTheTrainedModelOnTrainingAndOnAllPixels() {
        ImageTask task = ImageTask.of(SyntheticImages.text(16));
        ImageMlp model = small(InputMapping.positional(8, 3));

        ImageFit fit = ImageTrainer.on(model).task(task).steps(30).progress(false).fit();

        assertEquals(Psnr.of(model.predict(task.trainCoordinates()), task.trainTargets()), fit.trainPsnr(), 1e-5);
        assertEquals(Psnr.of(model.predict(task.testCoordinates()), task.testTargets()), fit.testPsnr(), 1e-5);
        BufferedImage rendered = model.render(16);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                assertEquals(rendered.getRGB(x, y), fit.image().getRGB(x, y), "final image pixel " + x + "," + y);
            }
        }
    }

    @Test
    void theFirstSnapshotIsTheUntrainedNetworkAndTrainingImprovesOnIt() {
        ImageTask task = ImageTask.of(SyntheticImages.text(16));
        ImageMlp model = small(InputMapping.positional(8, 3));
        BufferedImage untrained = model.render(16);

        ImageFit fit = ImageTrainer.on(model).task(task).steps(40).snapshots(0).progress(false).fit();

        assertEquals(Psnr.of(untrained, task.image()), Psnr.of(fit.snapshot(0), task.image()), 0.0);
        assertTrue(fit.testPsnr() > fit.testPsnrs()[0] + 3, "40 steps should gain several dB: " + fit);
    }

    @Test
    void aLossThatBecomesNanStopsTrainingWithTheStepAndALowerLearningRate() {
        ImageMlp model = ImageMlp.builder().mapping(InputMapping.positional(8, 3)).width(32).learningRate(1e30).build();
        ImageTrainer trainer = ImageTrainer.on(model).image(SyntheticImages.text(16)).steps(50).every(100).progress(false);

        ImageFitDivergedException e = assertThrows(ImageFitDivergedException.class, trainer::fit);

        assertTrue(e.step() >= 1 && e.step() < 50, "step " + e.step());
        assertTrue(Double.isNaN(e.loss()) || Double.isInfinite(e.loss()));
        assertEquals("Training stopped: the loss became " + e.loss() + " at step " + e.step() + " of 50. The network's "
                + "parameters are no longer usable. Try a lower learning rate than 1E+30 (e.g. 1E+29): build the model "
                + "again with .learningRate(1E+29) and train it again.", e.getMessage());
        assertEquals(1, e.table().rowCount(), "the PSNRs before training were recorded");
    }

    @Test
    void aNetworkWithBrokenParametersIsRefusedBeforeTheFirstStep() {
        ImageMlp model = small(InputMapping.basic());
        INDArray params = model.network().params();
        params.putScalar(0, Double.NaN);
        model.network().setParams(params);

        ImageFitDivergedException e = assertThrows(ImageFitDivergedException.class,
                () -> ImageTrainer.on(model).image(SyntheticImages.text(16)).steps(5).progress(false).fit());

        assertEquals("Training cannot start: the network's output is NaN or infinite before the first step, so the "
                + "network's parameters are not finite. Build the model again.", e.getMessage());
        assertEquals(0, e.step());
    }

    @Test
    void settingsAreCheckedWithWhatToDo() {
        ImageTrainer trainer = ImageTrainer.on(small(InputMapping.basic()));
        assertEquals("no image to train on: call image(picture) or task(ImageTask.of(picture)) before fit()",
                assertThrows(IllegalStateException.class, trainer::fit).getMessage());
        ImageTrainer late = ImageTrainer.on(small(InputMapping.basic())).image(SyntheticImages.text(8)).steps(10)
                .snapshots(5, 20);
        assertEquals("a snapshot is asked for at step 20, after the last step 10; ask for snapshots at steps 0 to 10 (the "
                + "kept steps are [5, 20])", assertThrows(IllegalStateException.class, late::fit).getMessage());
        assertEquals("steps must be at least 1 (the paper trains 2000); got 0",
                assertThrows(IllegalArgumentException.class, () -> trainer.steps(0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> trainer.every(0));
        assertThrows(IllegalArgumentException.class, () -> trainer.snapshots(-1));
        assertThrows(IllegalArgumentException.class, () -> trainer.name(" "));
    }
}
