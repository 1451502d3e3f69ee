package org.lectern.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * The epochs of one or more training stages, as a Tablesaw table and as arrays for plotting.
 * Immutable. Histories of successive stages join into one continuing curve with {@link #then}:
 *
 * <pre>{@code
 * TrainingHistory both = single.then(stacked);          // stacked's epochs 1..10 become 11..20
 * double[] x = both.epochs(), y = both.losses();         // one curve
 * double[] stackedLoss = both.stage("stacked").losses(); // or one series per stage
 * }</pre>
 */
public final class TrainingHistory {
    private final List<EpochRecord> records;

    private TrainingHistory(List<EpochRecord> records) {
        this.records = List.copyOf(records);
    }

    /** Returns a history with no epochs. */
    public static TrainingHistory empty() {
        return new TrainingHistory(List.of());
    }

    /** Returns a history of the given epochs, in order. */
    public static TrainingHistory of(List<EpochRecord> records) {
        return new TrainingHistory(Objects.requireNonNull(records, "records"));
    }

    /** Returns this history with one more epoch at the end. */
    TrainingHistory with(EpochRecord record) {
        List<EpochRecord> more = new ArrayList<>(records);
        more.add(record);
        return new TrainingHistory(more);
    }

    /**
     * Returns this history followed by {@code next}, whose epochs are renumbered to continue after
     * this one's last epoch; stage names are kept, so each stage can still be picked out.
     */
    public TrainingHistory then(TrainingHistory next) {
        int offset = records.isEmpty() ? 0 : last().epoch();
        List<EpochRecord> joined = new ArrayList<>(records);
        next.records.forEach(r -> joined.add(r.renumbered(r.stage(), offset + r.epoch())));
        return new TrainingHistory(joined);
    }

    /** Returns the same epochs under one stage name. */
    public TrainingHistory named(String stage) {
        return new TrainingHistory(records.stream().map(r -> r.renumbered(stage, r.epoch())).toList());
    }

    /** Returns the epochs in order. */
    public List<EpochRecord> records() {
        return records;
    }

    /** Returns the number of epochs. */
    public int size() {
        return records.size();
    }

    /** Returns true if no epoch has been recorded. */
    public boolean isEmpty() {
        return records.isEmpty();
    }

    /** Returns the last epoch. */
    public EpochRecord last() {
        if (records.isEmpty()) {
            throw new IllegalStateException("the history is empty: no epoch has been trained yet");
        }
        return records.get(records.size() - 1);
    }

    /** Returns the stage names in the order they first appear. */
    public List<String> stages() {
        return records.stream().map(EpochRecord::stage).distinct().toList();
    }

    /** Returns the epochs of one stage, keeping their numbers. */
    public TrainingHistory stage(String name) {
        List<EpochRecord> picked = records.stream().filter(r -> r.stage().equals(name)).toList();
        if (picked.isEmpty()) {
            throw new IllegalArgumentException("no stage named '" + name + "'; the stages are " + stages());
        }
        return new TrainingHistory(picked);
    }

    /** Returns the epoch numbers, as doubles for plotting. */
    public double[] epochs() {
        return column(EpochRecord::epoch);
    }

    /** Returns the mean training loss of every epoch. */
    public double[] losses() {
        return column(EpochRecord::loss);
    }

    /** Returns the loss on the evaluation data after every epoch ({@code NaN} where not measured). */
    public double[] testLosses() {
        return column(EpochRecord::testLoss);
    }

    /** Returns the training accuracy in percent after every epoch ({@code NaN} where not measured). */
    public double[] trainAccuracies() {
        return column(EpochRecord::trainAccuracy);
    }

    /** Returns the evaluation accuracy in percent after every epoch ({@code NaN} where not measured). */
    public double[] testAccuracies() {
        return column(EpochRecord::testAccuracy);
    }

    /** Returns the seconds of training of every epoch. */
    public double[] seconds() {
        return column(EpochRecord::seconds);
    }

    /**
     * Returns a table with one row per epoch: stage, epoch, loss, then test loss and train/test
     * accuracy (%) where any epoch measured them, and seconds.
     */
    public Table table() {
        Table table = Table.create("training history",
                StringColumn.create("stage", records.stream().map(EpochRecord::stage)),
                IntColumn.create("epoch", records.stream().mapToInt(EpochRecord::epoch).toArray()),
                numbers("loss", losses(), 6));
        addIfMeasured(table, "test loss", testLosses(), 6);
        addIfMeasured(table, "train accuracy %", trainAccuracies(), 2);
        addIfMeasured(table, "test accuracy %", testAccuracies(), 2);
        table.addColumns(numbers("seconds", seconds(), 2));
        return table;
    }

    /** Returns the table as text. */
    @Override
    public String toString() {
        return table().printAll();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrainingHistory history && history.records.equals(records);
    }

    @Override
    public int hashCode() {
        return records.hashCode();
    }

    private double[] column(ToDoubleFunction<EpochRecord> value) {
        return records.stream().mapToDouble(value).toArray();
    }

    private static void addIfMeasured(Table table, String name, double[] values, int decimals) {
        for (double value : values) {
            if (!Double.isNaN(value)) {
                table.addColumns(numbers(name, values, decimals));
                return;
            }
        }
    }

    private static DoubleColumn numbers(String name, double[] values, int decimals) {
        DoubleColumn column = DoubleColumn.create(name, values);
        column.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(decimals));
        return column;
    }
}
