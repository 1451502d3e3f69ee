package org.lectern.train;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Prints one line per epoch in the lecture's style, e.g.
 * {@code Epoch 3/10  loss 0.067785  test loss 0.066012  (4.1 s)}, after a line saying what is trained on what.
 */
final class EpochPrinter implements TrainingListener {
    // Clears a console line that a progress bar on the same terminal is drawing.
    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintStream out;
    private final BooleanSupplier sharesLineWithABar;
    private int lastEpoch;

    EpochPrinter(PrintStream out, BooleanSupplier sharesLineWithABar) {
        this.out = out;
        this.sharesLineWithABar = sharesLineWithABar;
    }

    @Override
    public void trainingStarted(TrainingRun run) {
        lastEpoch = run.lastEpoch();
        String batches = run.batchesPerEpoch() > 0 ? ", " + run.batchesPerEpoch() + " batches each" : "";
        String epochs = run.epochs() == 1 ? "epoch " + run.firstEpoch()
                : "epochs " + run.firstEpoch() + "-" + run.lastEpoch();
        print("Training " + run.stage() + " on " + run.data() + ": " + epochs + batches);
    }

    @Override
    public void epochDone(EpochRecord epoch) {
        print(line(epoch, lastEpoch));
    }

    /** Returns the line for one epoch out of {@code lastEpoch}. */
    static String line(EpochRecord epoch, int lastEpoch) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "Epoch %d/%d  loss %.6f", epoch.epoch(),
                lastEpoch, epoch.loss()));
        if (!Double.isNaN(epoch.testLoss())) {
            line.append(String.format(Locale.ROOT, "  test loss %.6f", epoch.testLoss()));
        }
        if (!Double.isNaN(epoch.trainAccuracy())) {
            line.append(String.format(Locale.ROOT, "  train %.2f%%", epoch.trainAccuracy()));
        }
        if (!Double.isNaN(epoch.testAccuracy())) {
            line.append(String.format(Locale.ROOT, "  test %.2f%%", epoch.testAccuracy()));
        }
        return line.append(String.format(Locale.ROOT, "  (%.1f s)", epoch.seconds())).toString();
    }

    private void print(String line) {
        out.println(sharesLineWithABar.getAsBoolean() ? CLEAR_LINE + line : line);
        out.flush();
    }
}
