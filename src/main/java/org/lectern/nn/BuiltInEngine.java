package org.lectern.nn;

import java.util.Locale;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lectern.nn.lean.LeanEngine;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The engines Lectern ships, by name, so a saved model can say which one it was trained with. */
enum BuiltInEngine implements EngineFactory {
    DL4J {
        @Override
        public Engine create(NetworkSpec spec, INDArray params) {
            return Dl4jEngine.create(spec, params);
        }
    },
    LEAN {
        @Override
        public Engine create(NetworkSpec spec, INDArray params) {
            return LeanEngine.create(spec, params);
        }

        @Override
        public Engine adopt(NetworkSpec spec, MultiLayerNetwork network) {
            return LeanEngine.adopt(spec, network);
        }
    },
    AUTO {
        @Override
        public Engine create(NetworkSpec spec, INDArray params) {
            return choose(spec).create(spec, params);
        }

        @Override
        public Engine adopt(NetworkSpec spec, MultiLayerNetwork network) {
            return choose(spec).adopt(spec, network);
        }

        private EngineFactory choose(NetworkSpec spec) {
            return autoChoice(spec, Nd4j.getEnvironment().isCPU());
        }
    };

    /**
     * Returns the engine {@link #AUTO} uses for the spec on a CPU ({@code cpuBackend}) or GPU backend: the
     * lean one where it computes the network, on the CPU only; DL4J's otherwise.
     */
    static EngineFactory autoChoice(NetworkSpec spec, boolean cpuBackend) {
        return LeanEngine.unsupported(spec, cpuBackend).isEmpty() ? LEAN : DL4J;
    }

    /** Returns the built-in engine of that name, or {@link EngineFactory#standard()} for an unknown or missing one. */
    static EngineFactory named(String name) {
        for (BuiltInEngine engine : values()) {
            if (engine.name().equalsIgnoreCase(name)) {
                return engine;
            }
        }
        return EngineFactory.standard();
    }

    /** Returns e.g. {@code lean engine}. */
    @Override
    public String toString() {
        return (this == DL4J ? "DL4J" : name().toLowerCase(Locale.ROOT)) + " engine";
    }
}
