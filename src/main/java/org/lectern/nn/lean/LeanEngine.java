package org.lectern.nn.lean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deeplearning4j.nn.api.Updater;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lectern.nn.Dl4jConfigurations;
import org.lectern.nn.Engine;
import org.lectern.nn.LayerSpec;
import org.lectern.nn.NetworkSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * A lean {@link Engine} for dense networks, straight on ND4J: forward and backward passes with
 * {@code Nd4j.gemm} into buffers allocated once per batch size (without the input-layer gradient
 * DL4J computes), the elementwise work fused into single passes ({@link Kernels}: the JDK's Vector
 * API where available), and ND4J's own gradient updaters on one flat parameter vector laid out as
 * DL4J lays it out. Plain SGD folds its update into the weight-gradient products. It computes the
 * same losses and parameters as the DL4J engine (tested to 1e-5 in double precision) and hands out
 * an equivalent DL4J network, updater state included, for saving.
 *
 * <p>Not thread-safe: one network trains on one thread, as with DL4J.
 */
public final class LeanEngine implements Engine {
    private static final int CACHED_BATCH_SIZES = 3;

    private final NetworkSpec spec;
    private final DataType type;
    private final INDArray params;
    private final INDArray gradient;
    private final INDArray updaterState;
    private final GradientUpdater<?> updater;
    private final Sgd plainSgd;
    private final List<LeanLayer> layers = new ArrayList<>();
    private final Kernels kernels;
    private final Backprop backprop;
    private final Map<Integer, BatchBuffers> training = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, BatchBuffers> eldest) {
            if (size() <= CACHED_BATCH_SIZES) {
                return false;
            }
            eldest.getValue().releaseExcept(null);
            return true;
        }
    };
    private int iteration;
    private int epoch;

    private LeanEngine(NetworkSpec spec, INDArray flatParams, INDArray state, int iteration, int epoch) {
        LeanSupport.problem(spec).ifPresent(problem -> {
            throw new IllegalArgumentException(LeanSupport.message(problem));
        });
        this.spec = spec;
        this.type = spec.dataType();
        this.iteration = iteration;
        this.epoch = epoch;
        this.kernels = Kernels.best();
        int length = Math.toIntExact(spec.parameterCount());
        IUpdater config = spec.updater().clone();
        long stateSize = config.stateSize(length);
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            params = Nd4j.create(type, new long[] {1, length}, 'c');
            params.assign(flatParams.reshape(1, length).castTo(type));
            gradient = Nd4j.zeros(type, 1, length);
            updaterState = stateSize > 0 ? Nd4j.zeros(type, 1, stateSize) : null;
        }
        if (state != null) {
            updaterState.assign(state.reshape(1, stateSize).castTo(type));
        }
        this.updater = config.instantiate(updaterState, state == null);
        this.plainSgd = config instanceof Sgd sgd ? sgd : null;
        Block paramBlock = Block.of(params);
        Block gradientBlock = Block.of(gradient);
        long offset = 0;
        for (LayerSpec layer : spec.layers()) {
            Act act = Act.of(layer.activation()).orElseThrow();
            layers.add(new LeanLayer(layer, act, offset, params, paramBlock, gradient, gradientBlock));
            offset += layer.parameterCount();
        }
        this.backprop = new Backprop(layers, kernels, Gemm.best(), LeanSupport.isLogLikelihood(spec.loss()));
    }

    /**
     * Returns an engine for the spec with a copy of the flat parameter vector and a fresh updater.
     *
     * @throws IllegalArgumentException naming what the engine cannot compute (DL4J's engine can)
     */
    public static LeanEngine create(NetworkSpec spec, INDArray params) {
        return new LeanEngine(spec, params, null, 0, 0);
    }

    /**
     * Returns an engine that continues where a DL4J network of the spec stands: a copy of its
     * parameters, its updater state and its iteration and epoch counts.
     */
    public static LeanEngine adopt(NetworkSpec spec, MultiLayerNetwork network) {
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        Updater dl4jUpdater = network.getUpdater(false);
        INDArray state = dl4jUpdater == null ? null : dl4jUpdater.getStateViewArray();
        return new LeanEngine(spec, network.params(), state == null || state.isEmpty() ? null : state,
                conf.getIterationCount(), conf.getEpochCount());
    }

    /** Returns what in the spec the lean engine cannot compute, or empty if it computes all of it. */
    public static Optional<String> unsupported(NetworkSpec spec) {
        return LeanSupport.problem(spec);
    }

    /**
     * Returns what the lean engine cannot compute of the spec on a CPU ({@code cpuBackend} true) or on a
     * GPU backend (false: all of it, since its kernels and products work on host memory), or empty.
     */
    public static Optional<String> unsupported(NetworkSpec spec, boolean cpuBackend) {
        return LeanSupport.problem(spec, cpuBackend);
    }

    /**
     * Returns which kernels new lean engines in this JVM use: {@code VectorKernels} when it runs with
     * {@code --add-modules jdk.incubator.vector} (the kernelspec does), {@code ScalarKernels} otherwise.
     */
    public static String bestKernels() {
        return Kernels.best().getClass().getSimpleName();
    }

    /** Returns which kernels do the elementwise work, e.g. {@code VectorKernels} or {@code ScalarKernels}. */
    public String kernels() {
        return kernels.getClass().getSimpleName();
    }

    @Override
    public double fit(INDArray features, INDArray targets) {
        BatchBuffers buffers = trainingBuffers(rows(features, targets));
        INDArray x = rowMajor(features, buffers.input);
        INDArray t = targets == features ? x : rowMajor(targets, buffers.target);
        double loss = backprop.forward(x, buffers, layers.size() - 1) + backprop.outputGradient(buffers, Block.of(t));
        if (plainSgd != null) {
            backprop.backward(x, buffers, plainSgd.getLearningRate(iteration, epoch));
        } else {
            backprop.backward(x, buffers, Double.NaN);
            updater.applyUpdater(gradient, iteration, epoch);
            params.subi(gradient);
        }
        iteration++;
        return loss;
    }

    @Override
    public INDArray activations(INDArray features, int layer) {
        if (layer < 0 || layer >= layers.size()) {
            throw new IndexOutOfBoundsException("layer " + layer + " does not exist: this network has layers 0 to "
                    + (layers.size() - 1));
        }
        BatchBuffers buffers = new BatchBuffers(layers, (int) features.rows(), type, false);
        try {
            backprop.forward(rowMajor(features, buffers.input), buffers, layer);
        } catch (RuntimeException | Error e) {
            buffers.releaseExcept(null);
            throw e;
        }
        buffers.releaseExcept(buffers.activations[layer]);
        return buffers.activations[layer];
    }

    @Override
    public INDArray output(INDArray features) {
        return activations(features, layers.size() - 1);
    }

    @Override
    public double loss(INDArray features, INDArray targets) {
        BatchBuffers buffers = new BatchBuffers(layers, rows(features, targets), type, false);
        INDArray t = null;
        try {
            double penalty = backprop.forward(rowMajor(features, buffers.input), buffers, layers.size() - 1);
            t = rowMajor(targets, null);
            return backprop.outputLoss(buffers, Block.of(t)) + penalty;
        } finally {
            buffers.releaseExcept(null);
            if (t != null && t != targets) {
                t.close();
            }
        }
    }

    @Override
    public INDArray gradient(INDArray features, INDArray targets) {
        BatchBuffers buffers = trainingBuffers(rows(features, targets));
        INDArray x = rowMajor(features, buffers.input);
        INDArray t = targets == features ? x : rowMajor(targets, buffers.target);
        backprop.forward(x, buffers, layers.size() - 1);
        backprop.outputGradient(buffers, Block.of(t));
        backprop.backward(x, buffers, Double.NaN);
        return gradient.dup().reshape(gradient.length());
    }

    @Override
    public INDArray params() {
        return params.dup().reshape(params.length());
    }

    @Override
    public void setParams(INDArray values) {
        params.assign(values.reshape(1, params.length()).castTo(type));
    }

    @Override
    public void epochDone() {
        epoch++;
    }

    @Override
    public MultiLayerNetwork toMultiLayerNetwork() {
        MultiLayerConfiguration conf = Dl4jConfigurations.of(spec);
        conf.setIterationCount(iteration);
        conf.setEpochCount(epoch);
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init(params.dup(), false);
        if (updaterState != null) {
            network.getUpdater().getStateViewArray().assign(updaterState);
        }
        return network;
    }

    private BatchBuffers trainingBuffers(int rows) {
        return training.computeIfAbsent(rows, r -> new BatchBuffers(layers, r, type, true));
    }

    /** Returns the array itself if the kernels can read it as it is, else a row-major copy in the engine's type. */
    private INDArray rowMajor(INDArray array, INDArray buffer) {
        boolean usable = array.dataType() == type && array.ordering() == 'c'
                && (array.rows() == 1 || array.stride(0) == array.columns()) && array.stride(1) == 1;
        if (usable) {
            return array;
        }
        INDArray typed = array.dataType() == type ? array : array.castTo(type);
        return buffer == null ? typed.dup('c') : buffer.assign(typed);
    }

    private static int rows(INDArray features, INDArray targets) {
        if (features.rows() != targets.rows()) {
            throw new IllegalArgumentException("features and targets need one row per example each; got "
                    + Arrays.toString(features.shape()) + " features and " + Arrays.toString(targets.shape())
                    + " targets");
        }
        return Math.toIntExact(features.rows());
    }
}
