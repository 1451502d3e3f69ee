package org.lectern.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Builds the {@link Engine} that computes a network; builders take one through {@code .engine(...)}. */
@FunctionalInterface
public interface EngineFactory {
    /** The engine over DL4J's {@code MultiLayerNetwork}, the default. */
    EngineFactory DL4J = Dl4jEngine::create;

    /** Returns an engine for {@code spec} whose parameters start as a copy of the flat vector {@code params}. */
    Engine create(NetworkSpec spec, INDArray params);
}
