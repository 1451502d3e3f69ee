package org.lectern.train;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.lectern.nn.ModelFile;
import org.lectern.nn.Network;

/**
 * A training run saved after an epoch: the network (parameters and updater state, in a
 * {@link ModelFile}) and the trainer's state (epochs done and planned, stage, history, the best
 * metric so far). {@link Trainer#resume(Path)} continues from it at the next epoch.
 */
public final class Checkpoint {
    private static final String TRAINER_ENTRY = ModelFile.ENTRY_FOLDER + "trainer.properties";
    private static final String HISTORY_ENTRY = ModelFile.ENTRY_FOLDER + "history.csv";
    private static final String HISTORY_HEADER = "stage,epoch,loss,testLoss,trainAccuracy,testAccuracy,seconds,"
            + "evaluationSeconds";

    private final Network model;
    private final int epochs;
    private final String stage;
    private final TrainingHistory history;
    private final Metric metric;
    private final double best;
    private final String data;

    Checkpoint(Network model, int epochs, String stage, TrainingHistory history, Metric metric, double best,
               String data) {
        this.model = model;
        this.epochs = epochs;
        this.stage = stage;
        this.history = history;
        this.metric = metric;
        this.best = best;
        this.data = data;
    }

    /**
     * Reads a checkpoint written by a {@link Trainer}.
     *
     * @throws IllegalArgumentException if the file holds a network but no trainer state
     */
    public static Checkpoint read(Path file) {
        ModelFile saved = ModelFile.read(file);
        String trainer = saved.entry(TRAINER_ENTRY).orElseThrow(() -> new IllegalArgumentException(file
                + " holds a saved network but no training state, so it is not a checkpoint; load the network with "
                + saved.kind().replace("MLP", "Mlp") + ".load(path) and train it with Trainer.on(network)"));
        Properties state = new Properties();
        try {
            state.load(new StringReader(trainer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String metric = state.getProperty("metric", "");
        return new Checkpoint(saved.network(), Integer.parseInt(state.getProperty("epochs")),
                state.getProperty("stage"), parseHistory(saved.entry(HISTORY_ENTRY).orElse(HISTORY_HEADER)),
                metric.isEmpty() ? null : Metric.valueOf(metric), Double.parseDouble(state.getProperty("best")),
                state.getProperty("data", ""));
    }

    /** Writes the checkpoint atomically. */
    void write(Path file) {
        Properties state = new Properties();
        state.setProperty("format", "1");
        state.setProperty("epochsDone", String.valueOf(epochsDone()));
        state.setProperty("epochs", String.valueOf(epochs));
        state.setProperty("stage", stage);
        state.setProperty("metric", metric == null ? "" : metric.name());
        state.setProperty("best", Double.toString(best));
        state.setProperty("data", data);
        StringWriter text = new StringWriter();
        try {
            state.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Drop the date comment that Properties.store writes, so equal states give equal files.
        String properties = text.toString().lines().filter(l -> !l.startsWith("#"))
                .collect(Collectors.joining("\n", "", "\n"));
        ModelFile.write(model, file, Map.of(TRAINER_ENTRY, properties, HISTORY_ENTRY, formatHistory(history)));
    }

    /** Returns the network as it was after the last epoch done. */
    public Network model() {
        return model;
    }

    /** Returns the number of epochs done. */
    public int epochsDone() {
        return history.isEmpty() ? 0 : history.last().epoch();
    }

    /** Returns the number of epochs the run was to train in all. */
    public int epochs() {
        return epochs;
    }

    /** Returns the stage name. */
    public String stage() {
        return stage;
    }

    /** Returns the epochs done, with their losses and accuracies. */
    public TrainingHistory history() {
        return history;
    }

    /** Returns the metric whose best epoch is kept, or empty if every epoch was checkpointed. */
    public Optional<Metric> metric() {
        return Optional.ofNullable(metric);
    }

    /** Returns the best value of the metric so far, {@code NaN} if none. */
    public double best() {
        return best;
    }

    /** Returns the description of the training data the run used. */
    public String data() {
        return data;
    }

    private static String formatHistory(TrainingHistory history) {
        StringBuilder csv = new StringBuilder(HISTORY_HEADER).append('\n');
        for (EpochRecord r : history.records()) {
            csv.append(URLEncoder.encode(r.stage(), StandardCharsets.UTF_8)).append(',').append(r.epoch());
            for (double value : new double[] {r.loss(), r.testLoss(), r.trainAccuracy(), r.testAccuracy(),
                    r.seconds(), r.evaluationSeconds()}) {
                csv.append(',').append(value);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static TrainingHistory parseHistory(String csv) {
        List<EpochRecord> records = new ArrayList<>();
        csv.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
            String[] f = line.split(",");
            records.add(new EpochRecord(URLDecoder.decode(f[0], StandardCharsets.UTF_8), Integer.parseInt(f[1]),
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7])));
        });
        return TrainingHistory.of(records);
    }
}
