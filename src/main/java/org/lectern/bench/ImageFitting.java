package org.lectern.bench;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lectern.coordinates.ImageMlp;
import org.lectern.coordinates.ImageTask;
import org.lectern.nn.InputMapping;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Our side of the coordinate-MLP workload, through the library's public API as notebook 05 trains:
 * {@link ImageMlp} with Gaussian features on an {@link ImageTask}, the features mapped once, one
 * full-batch {@code fitBatch} per step (the step {@code ImageTrainer} takes, without its PSNR
 * records and progress bar).
 */
final class ImageFitting implements EpochWork {
    private final ImageMlp model;
    private final DataSet batch;
    private final int steps;

    private ImageFitting(ImageMlp model, DataSet batch, int steps) {
        this.model = model;
        this.batch = batch;
        this.steps = steps;
    }

    /** Builds the model and maps the training pixels of the bench picture. */
    static ImageFitting start(ImageSpec spec) {
        ImageTask task = ImageTask.of(syntheticPicture(spec.size()));
        ImageMlp model = ImageMlp.builder().mapping(InputMapping.gaussian(spec.mappingSize(), spec.sigma(), spec.seed()))
                .depth(spec.depth()).width(spec.width()).learningRate(spec.learningRate()).seed(spec.seed()).build();
        DataSet batch = new DataSet(model.mapping().apply(task.trainCoordinates()), task.trainTargets());
        return new ImageFitting(model, batch, spec.steps());
    }

    @Override
    public double epoch() {
        double loss = Double.NaN;
        for (int step = 0; step < steps; step++) {
            loss = model.network().fitBatch(batch);
        }
        return loss;
    }

    @Override
    public Map<String, String> description() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("engine", model.network().engine().getClass().getSimpleName());
        fields.put("network", model.network().kind() + " " + model.network().spec().sizes());
        fields.put("images", String.valueOf(batch.numExamples()));
        fields.put("steps_per_epoch", String.valueOf(steps));
        return fields;
    }

    /**
     * Returns the bench picture: three patterns of sines, one per colour, rounded to 8 bits. The peer
     * ({@code synthetic_picture} in {@code bench/peer.py}) draws the same formula, so both sides fit the
     * same targets; a made-up picture keeps the bench free of data files.
     */
    static BufferedImage syntheticPicture(int size) {
        BufferedImage picture = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < size; row++) {
            double v = (double) row / size;
            for (int column = 0; column < size; column++) {
                double u = (double) column / size;
                int red = level(0.5 + 0.5 * Math.sin(2 * Math.PI * (3 * u + 2 * v)));
                int green = level(0.5 + 0.5 * Math.sin(2 * Math.PI * 7 * u) * Math.cos(2 * Math.PI * 5 * v));
                int blue = level(0.5 + 0.5 * Math.cos(2 * Math.PI * (11 * u - 4 * v)));
                picture.setRGB(column, row, red << 16 | green << 8 | blue);
            }
        }
        return picture;
    }

    /** Rounds half to even, as numpy's round does. */
    private static int level(double value) {
        return (int) Math.rint(value * 255);
    }
}
