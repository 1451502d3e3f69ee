package org.lectern.nn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lectern.lecture.Lecture;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * The settings every network builder shares: hidden layers, updater, seed, initialisation,
 * number type and engine. A setting left unset takes the builder's lecture default.
 *
 * @param <B> the concrete builder, returned by every setter so calls chain
 */
public abstract sealed class NetworkBuilder<B extends NetworkBuilder<B>>
        permits Autoencoder.Builder, Classifier.Builder, Mlp.Builder {
    final List<Integer> hiddenSizes = new ArrayList<>();
    final List<Activation> hiddenActivations = new ArrayList<>();
    final List<ActivityL1> hiddenPenalties = new ArrayList<>();
    /** Dropout probabilities by hidden layer index, for the layers that have one. */
    final Map<Integer, Double> hiddenDropouts = new HashMap<>();
    final List<KlSparsity> hiddenKlSparsity = new ArrayList<>();
    final List<ContractivePenalty> hiddenContractive = new ArrayList<>();
    IUpdater updater;
    Long seed;
    Init init;
    DataType dataType;
    EngineFactory engine = EngineFactory.standard();

    NetworkBuilder() {
    }

    /** Adds a hidden layer of {@code units} units with the given activation, after those added before. */
    public B hidden(int units, Activation activation) {
        if (units < 1) {
            throw new IllegalArgumentException("a hidden layer needs at least 1 unit; got " + units);
        }
        hiddenSizes.add(units);
        hiddenActivations.add(Objects.requireNonNull(activation, "activation"));
        hiddenPenalties.add(ActivityL1.NONE);
        hiddenKlSparsity.add(KlSparsity.NONE);
        hiddenContractive.add(ContractivePenalty.NONE);
        return self();
    }

    /**
     * Puts the lecture's L1 penalty of strength {@code rho} on the activations of the hidden layer
     * added last: each activation's gradient gains {@code rho * sign(h)}, i.e. the loss gains
     * {@code rho * sum over the batch and the units of |h|} (see {@link ActivityL1}).
     */
    public B activityL1(double rho) {
        return activityL1(ActivityL1.sum(rho));
    }

    /** Puts an L1 penalty on the activations of the hidden layer added last, e.g. {@code ActivityL1.batchMean(0.1)}. */
    public B activityL1(ActivityL1 penalty) {
        Objects.requireNonNull(penalty, "penalty");
        if (hiddenSizes.isEmpty()) {
            throw new IllegalStateException("activityL1(...) penalises the hidden layer added last, and none is added "
                    + "yet: call hidden(units, activation) first, e.g. .hidden(400, Activation.TANH).activityL1(0.1)");
        }
        hiddenPenalties.set(hiddenPenalties.size() - 1, penalty);
        return self();
    }

    /**
     * Drops each output of the hidden layer added last with probability {@code p} in training, scaling
     * the kept ones by {@code 1 / (1 - p)} (inverted dropout, PyTorch's {@code nn.Dropout(p)}); outputs,
     * codes and losses measured outside training see every unit. Right after an autoencoder's code
     * layer it drops code units: {@code .hidden(1000, Activation.RELU).dropout(0.5)}. Networks with
     * dropout train on DL4J's engine (its {@code Dropout}), which {@link EngineFactory#standard()} picks.
     *
     * @throws IllegalArgumentException if {@code p} is not in [0, 1) (0 removes the dropout)
     */
    public B dropout(double p) {
        if (hiddenSizes.isEmpty()) {
            throw new IllegalStateException("dropout(p) drops outputs of the hidden layer added last, and none is added "
                    + "yet: call hidden(units, activation) first, e.g. .hidden(1000, Activation.RELU).dropout(0.5)");
        }
        LayerSpec.requireDropout(p);
        hiddenDropouts.put(hiddenSizes.size() - 1, p);
        return self();
    }

    /**
     * Puts the KL-divergence sparsity penalty on the sigmoid hidden layer added last: the loss gains
     * {@code beta * sum_j KL(rho || rho_hat_j)}, where {@code rho_hat_j} is unit {@code j}'s mean
     * activation over the batch (see {@link KlSparsity}).
     *
     * @throws IllegalArgumentException if rho is not strictly between 0 and 1, beta is negative, or the layer is not sigmoid
     */
    public B klSparsity(double rho, double beta) {
        return klSparsity(KlSparsity.of(rho, beta));
    }

    /** Puts a KL sparsity penalty, e.g. {@code KlSparsity.of(0.05, 3)}, on the sigmoid hidden layer added last. */
    public B klSparsity(KlSparsity penalty) {
        Objects.requireNonNull(penalty, "penalty");
        int last = lastHidden("klSparsity(...)", ".hidden(256, Activation.SIGMOID).klSparsity(0.05, 3)");
        penalty.requireSigmoid(hiddenActivations.get(last));
        hiddenKlSparsity.set(last, penalty);
        return self();
    }

    /**
     * Puts the contractive penalty on the sigmoid hidden layer added last: the loss gains
     * {@code lambda * ||dh/dx||_F^2} averaged over the batch, in the closed form
     * {@code sum_j (h_j (1 - h_j))^2 * sum_i W_ij^2} (see {@link ContractivePenalty}).
     *
     * @throws IllegalArgumentException if lambda is negative or the layer is not sigmoid
     */
    public B contractive(double lambda) {
        return contractive(ContractivePenalty.of(lambda));
    }

    /** Puts a contractive penalty, e.g. {@code ContractivePenalty.of(0.1)}, on the sigmoid hidden layer added last. */
    public B contractive(ContractivePenalty penalty) {
        Objects.requireNonNull(penalty, "penalty");
        int last = lastHidden("contractive(...)", ".hidden(256, Activation.SIGMOID).contractive(0.1)");
        penalty.requireSigmoid(hiddenActivations.get(last));
        hiddenContractive.set(last, penalty);
        return self();
    }

    /** Sets how gradients become parameter changes, e.g. {@code new Sgd(0.1)} or {@code new Adam(1e-3)}. */
    public B updater(IUpdater updater) {
        this.updater = Objects.requireNonNull(updater, "updater");
        return self();
    }

    /** Sets the seed fresh parameters are drawn with (default {@value Lecture#DEFAULT_SEED}). */
    public B seed(long seed) {
        this.seed = seed;
        return self();
    }

    /** Sets how fresh parameters are drawn (default {@link Init#PYTORCH}). */
    public B init(Init init) {
        this.init = Objects.requireNonNull(init, "init");
        return self();
    }

    /** Sets the number type: {@code DataType.FLOAT} (default, fast) or {@code DataType.DOUBLE} (gradient checks). */
    public B dataType(DataType dataType) {
        if (dataType != DataType.FLOAT && dataType != DataType.DOUBLE) {
            throw new IllegalArgumentException("networks compute in FLOAT or DOUBLE; got " + dataType);
        }
        this.dataType = dataType;
        return self();
    }

    /** Sets the engine that computes the network, e.g. {@code EngineFactory.dl4j()} (default {@link EngineFactory#standard()}). */
    public B engine(EngineFactory engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        return self();
    }

    /** Returns the hidden layers added so far, chained from {@code inputs} units. */
    List<LayerSpec> hiddenLayers(int inputs) {
        List<LayerSpec> layers = new ArrayList<>();
        int previous = inputs;
        for (int i = 0; i < hiddenSizes.size(); i++) {
            layers.add(new LayerSpec(previous, hiddenSizes.get(i), hiddenActivations.get(i), hiddenPenalties.get(i),
                    hiddenKlSparsity.get(i), hiddenContractive.get(i)));
            previous = hiddenSizes.get(i);
        }
        hiddenDropouts.forEach((layer, p) -> layers.set(layer, layers.get(layer).withDropout(p)));
        return layers;
    }

    private int lastHidden(String method, String example) {
        if (hiddenSizes.isEmpty()) {
            throw new IllegalStateException(method + " penalises the hidden layer added last, and none is added yet: "
                    + "call hidden(units, activation) first, e.g. " + example);
        }
        return hiddenSizes.size() - 1;
    }

    long seedOr(long fallback) {
        return seed != null ? seed : fallback;
    }

    Init initOr(Init fallback) {
        return init != null ? init : fallback;
    }

    DataType dataTypeOr(DataType fallback) {
        return dataType != null ? dataType : fallback;
    }

    IUpdater updaterOr(IUpdater fallback) {
        return updater != null ? updater.clone() : fallback;
    }

    static void requirePositive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1; got " + value);
        }
    }

    abstract B self();
}
