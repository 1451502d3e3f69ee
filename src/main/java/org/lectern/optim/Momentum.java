package org.lectern.optim;

import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * Classical ("heavy ball") momentum as the lecture writes it and PyTorch's {@code SGD(momentum=)}
 * computes it: {@code m = beta m + g}, then {@code w -= lr m}. An ND4J {@link IUpdater}, so it
 * races beside {@code Sgd}, {@code Adam} and the others and trains networks like them.
 * Written here because ND4J's only momentum updater, {@code Nesterovs}, is Nesterov's variant,
 * which looks ahead along the velocity before taking the gradient.
 *
 * <pre>{@code
 * IUpdater momentum = new Momentum(0.01, 0.9);
 * }</pre>
 */
public final class Momentum implements IUpdater {
    /** The lecture's momentum coefficient, "like 0.9 times the last gradient". */
    public static final double DEFAULT_BETA = 0.9;

    private double learningRate;
    private ISchedule learningRateSchedule;
    private double beta;

    /** Creates momentum with learning rate 0.01 and beta {@value #DEFAULT_BETA} (needed by serialisation). */
    public Momentum() {
        this(0.01, DEFAULT_BETA);
    }

    /** Creates momentum with the given learning rate and beta {@value #DEFAULT_BETA}. */
    public Momentum(double learningRate) {
        this(learningRate, DEFAULT_BETA);
    }

    /**
     * Creates momentum with the given learning rate and coefficient beta in [0, 1).
     *
     * @throws IllegalArgumentException if the rate is not positive or beta is outside [0, 1)
     */
    public Momentum(double learningRate, double beta) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a positive number; got " + learningRate);
        }
        if (!(beta >= 0 && beta < 1)) {
            throw new IllegalArgumentException("momentum beta must be in [0, 1), e.g. 0.9; got " + beta);
        }
        this.learningRate = learningRate;
        this.beta = beta;
    }

    /** Returns the momentum coefficient beta. */
    public double getBeta() {
        return beta;
    }

    /** Returns the fixed learning rate (ignored while a schedule is set). */
    public double getLearningRate() {
        return learningRate;
    }

    /** Returns one state value (the velocity) per parameter. */
    @Override
    public long stateSize(long numParams) {
        return numParams;
    }

    /** Returns an updater whose velocity lives in {@code viewArray}, zeroed first if {@code initializeViewArray}. */
    @Override
    public GradientUpdater<Momentum> instantiate(INDArray viewArray, boolean initializeViewArray) {
        Objects.requireNonNull(viewArray, "viewArray: momentum keeps one velocity value per parameter");
        MomentumUpdater updater = new MomentumUpdater(this);
        INDArray flat = viewArray.reshape(viewArray.length());
        updater.setStateViewArray(flat, flat.shape(), flat.ordering(), initializeViewArray);
        return updater;
    }

    /** Returns an updater whose velocity is the map's {@code "V"} entry. */
    @Override
    public GradientUpdater<Momentum> instantiate(Map<String, INDArray> updaterState, boolean initializeStateArrays) {
        MomentumUpdater updater = new MomentumUpdater(this);
        updater.setState(updaterState, initializeStateArrays);
        return updater;
    }

    /** Returns a copy with the same rate, schedule and beta. */
    @Override
    public Momentum clone() {
        Momentum copy = new Momentum(learningRate, beta);
        copy.learningRateSchedule = learningRateSchedule;
        return copy;
    }

    /** Returns the learning rate at a step: the schedule's value if one is set, the fixed rate otherwise. */
    @Override
    public double getLearningRate(int iteration, int epoch) {
        return learningRateSchedule != null ? learningRateSchedule.valueAt(iteration, epoch) : learningRate;
    }

    /** Returns true: momentum has a learning rate. */
    @Override
    public boolean hasLearningRate() {
        return true;
    }

    /** Sets the fixed rate and the schedule (null for none). */
    @Override
    public void setLrAndSchedule(double lr, ISchedule lrSchedule) {
        this.learningRate = lr;
        this.learningRateSchedule = lrSchedule;
    }

    /** Returns true for momentum with the same rate, schedule and beta. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Momentum m && m.learningRate == learningRate && m.beta == beta
                && Objects.equals(m.learningRateSchedule, learningRateSchedule);
    }

    /** Returns a hash of the rate, beta and schedule, consistent with {@link #equals}. */
    @Override
    public int hashCode() {
        return Objects.hash(learningRate, beta, learningRateSchedule);
    }

    /** Returns e.g. {@code Momentum(learningRate=0.01, beta=0.9)}, in the style of ND4J's updaters. */
    @Override
    public String toString() {
        return "Momentum(learningRate=" + learningRate + ", beta=" + beta + ")";
    }
}
