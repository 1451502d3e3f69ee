package org.lectern.optim;

import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.lectern.plot.EpochCurves;
import org.lectern.train.EpochRecord;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The results of {@link OptimizerTrials}: a table of every trial's best epoch and test numbers,
 * each trial's training and validation curves, and one chart of every trial's validation loss
 * with the best trial named.
 */
public final class TrialResults {
    private final List<Trial> trials;

    TrialResults(List<Trial> trials) {
        this.trials = List.copyOf(trials);
    }

    /** Returns every trial in the order they ran. */
    public List<Trial> trials() {
        return trials;
    }

    /** Returns the trial with this name. */
    public Trial trial(String name) {
        return trials.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no trial named \"" + name + "\"; the trials are "
                        + trials.stream().map(Trial::name).toList()));
    }

    /** Returns the trial with the lowest validation loss (the model the homework would hand in). */
    public Trial best() {
        return trials.stream().filter(t -> !Double.isNaN(t.bestValidationLoss()))
                .min((a, b) -> Double.compare(a.bestValidationLoss(), b.bestValidationLoss()))
                .orElseThrow(() -> new IllegalStateException("no trial finished an epoch"));
    }

    /**
     * Returns one row per trial: settings, best epoch, the validation loss recorded then and
     * measured again on the reloaded checkpoint, the final epoch's validation loss, the test loss
     * and accuracy of the reloaded network, and whether training diverged.
     */
    public Table table() {
        StringColumn names = StringColumn.create("optimizer");
        StringColumn settings = StringColumn.create("settings");
        IntColumn bestEpoch = IntColumn.create("best epoch");
        DoubleColumn best = DoubleColumn.create("best validation loss");
        DoubleColumn reloaded = DoubleColumn.create("reloaded validation loss");
        DoubleColumn last = DoubleColumn.create("last validation loss");
        DoubleColumn testLoss = DoubleColumn.create("test loss (best)");
        DoubleColumn testAccuracy = DoubleColumn.create("test accuracy % (best)");
        StringColumn diverged = StringColumn.create("diverged");
        for (Trial t : trials) {
            names.append(t.name());
            settings.append(UpdaterSettings.describe(t.updater()));
            bestEpoch.append(t.bestEpoch());
            best.append(t.bestValidationLoss());
            reloaded.append(t.reloadedValidationLoss());
            last.append(t.history().isEmpty() ? Double.NaN : t.history().last().testLoss());
            testLoss.append(t.testLoss());
            testAccuracy.append(t.testAccuracy());
            diverged.append(t.divergence().map(d -> "yes: " + d).orElse("no"));
        }
        return Table.create("Best-validation checkpoints, reloaded", names, settings, bestEpoch, best, reloaded, last,
                testLoss, testAccuracy, diverged);
    }

    /** Returns the trial's training and validation loss per epoch, the best epoch marked. */
    public XYChart curves(String name) {
        Trial t = trial(name);
        if (t.history().isEmpty()) {
            throw new IllegalStateException("\"" + name + "\" finished no epoch" + t.divergence().map(d -> " (" + d + ")").orElse(""));
        }
        EpochCurves chart = EpochCurves.loss().title(name + ": training and validation loss")
                .yAxisTitle("cross-entropy loss")
                .series("training", t.history().losses())
                .series("validation", t.history().testLosses());
        if (t.bestEpoch() > 0) {
            chart.points("best checkpoint (epoch " + t.bestEpoch() + ")", new double[] {t.bestEpoch()},
                    new double[] {t.bestValidationLoss()});
        }
        return chart.build();
    }

    /** Returns every trial's validation loss per epoch on one chart, the best trial's name marked "(best)". */
    public XYChart validationCurves(String title) {
        Objects.requireNonNull(title, "title");
        Trial winner = best();
        EpochCurves chart = EpochCurves.loss().title(title).yAxisTitle("validation loss").logY(true);
        for (Trial t : trials) {
            double[] losses = t.history().testLosses();
            if (losses.length == 0) {
                continue;
            }
            String label = t.name() + (t == winner ? " (best)" : "") + (t.diverged() ? " (diverged)" : "");
            chart.series(label, t.history().records().stream().mapToDouble(EpochRecord::epoch).toArray(), losses);
        }
        XYChart built = chart.build();
        XYSeries best = built.getSeriesMap().get(winner.name() + " (best)" + (winner.diverged() ? " (diverged)" : ""));
        if (best != null) {
            best.setLineWidth(4f);
            best.setMarker(SeriesMarkers.DIAMOND);
        }
        return built;
    }

    /**
     * Returns the best validation loss against the learning rate (log x axis), one series per
     * family of trials (e.g. "SGD" and "Adam" sweeps), so the best rate of each shows as its lowest point.
     */
    public static XYChart rateChart(String title, java.util.Map<String, TrialResults> families) {
        Objects.requireNonNull(families, "families");
        XYChart chart = new org.knowm.xchart.XYChartBuilder().width(org.lectern.plot.FigureStyle.DEFAULT_WIDTH)
                .height(org.lectern.plot.FigureStyle.DEFAULT_HEIGHT).title(title).xAxisTitle("learning rate (log scale)")
                .yAxisTitle("best validation loss").build();
        org.lectern.plot.FigureStyle.applyLines(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("0.####");
        families.forEach((family, results) -> {
            List<Trial> finished = results.trials().stream().filter(t -> !Double.isNaN(t.bestValidationLoss())).toList();
            if (!finished.isEmpty()) {
                Trial best = results.best();
                chart.addSeries(family + " (best: lr " + Numbers.format(best.learningRate()) + ")",
                        finished.stream().mapToDouble(Trial::learningRate).toArray(),
                        finished.stream().mapToDouble(Trial::bestValidationLoss).toArray());
            }
        });
        return chart;
    }
}
