package org.lectern.nn;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Builds the {@link Engine} that computes a network; builders take one through
 * {@code .engine(...)}, e.g. {@code .engine(EngineFactory.dl4j())}. Networks built without one use
 * {@link #standard()}.
 */
@FunctionalInterface
public interface EngineFactory {
    /** The engine over DL4J's {@code MultiLayerNetwork}; the same as {@link #dl4j()}. */
    EngineFactory DL4J = BuiltInEngine.DL4J;

    /** Returns an engine for {@code spec} whose parameters start as a copy of the flat vector {@code params}. */
    Engine create(NetworkSpec spec, INDArray params);

    /**
     * Returns an engine that continues training a DL4J network of {@code spec} (a loaded model):
     * its parameters, updater state and iteration and epoch counts. By default the DL4J network
     * itself computes.
     */
    default Engine adopt(NetworkSpec spec, MultiLayerNetwork network) {
        return Dl4jEngine.wrap(network);
    }

    /** Returns the engine over DL4J's {@code MultiLayerNetwork}: every layer, activation and loss DL4J has. */
    static EngineFactory dl4j() {
        return BuiltInEngine.DL4J;
    }

    /**
     * Returns the lean engine ({@link org.lectern.nn.lean.LeanEngine}): dense layers with identity, tanh,
     * sigmoid, relu (softmax on the output) and MSE or log-likelihood losses, several times faster
     * than DL4J's; it refuses other networks with a message that names what it lacks.
     */
    static EngineFactory lean() {
        return BuiltInEngine.LEAN;
    }

    /** Returns the lean engine for the networks it computes and DL4J's for all others. */
    static EngineFactory auto() {
        return BuiltInEngine.AUTO;
    }

    /**
     * Returns the engine networks use unless their builder says otherwise: {@link #auto()}, since the
     * lean engine measured about three times faster than DL4J's on every lecture workload (BENCHMARKS.md)
     * and computes the same numbers (LeanEquivalenceTest).
     */
    static EngineFactory standard() {
        return BuiltInEngine.AUTO;
    }
}
