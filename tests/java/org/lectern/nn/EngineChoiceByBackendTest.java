package org.lectern.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.lectern.nn.lean.LeanEngine;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;

/**
 * The automatic engine choice per ND4J backend, the backend given (only the CPU one is on the test
 * class path): the lean engine on the CPU where it computes the network, DL4J's on a GPU always, so
 * device arrays never reach the lean engine's host-memory kernels and OpenBLAS products.
 */
class EngineChoiceByBackendTest {
    private static NetworkSpec specOf(Mlp.Builder builder) {
        AtomicReference<NetworkSpec> built = new AtomicReference<>();
        builder.engine((spec, params) -> {
            built.set(spec);
            return EngineFactory.dl4j().create(spec, params);
        }).build();
        return built.get();
    }

    @Test
    void aDenseNetworkGetsTheLeanEngineOnTheCpuAndDl4jsOnAGpu() {
        NetworkSpec dense = specOf(Mlp.builder().inputs(3).hidden(4, Activation.RELU).output(2, Activation.SIGMOID));
        assertSame(EngineFactory.lean(), BuiltInEngine.autoChoice(dense, true));
        assertSame(EngineFactory.dl4j(), BuiltInEngine.autoChoice(dense, false));
        assertEquals(Optional.empty(), LeanEngine.unsupported(dense, true));
        assertEquals(Optional.of("ND4J computes on a GPU here (its CUDA backend), and the lean engine only on the CPU"),
                LeanEngine.unsupported(dense, false));
    }

    @Test
    void aNetworkTheLeanEngineCannotComputeGetsDl4jsOnBoth() {
        NetworkSpec elu = specOf(Mlp.builder().inputs(3).hidden(4, Activation.ELU).output(2, Activation.SIGMOID));
        assertSame(EngineFactory.dl4j(), BuiltInEngine.autoChoice(elu, true));
        assertSame(EngineFactory.dl4j(), BuiltInEngine.autoChoice(elu, false));
    }

    @Test
    void theActiveBackendHereIsTheCpuSoAutoTakesTheLeanEngine() {
        Mlp mlp = Mlp.builder().inputs(3).hidden(4, Activation.RELU).output(2, Activation.SIGMOID)
                .engine(EngineFactory.auto()).build();
        assertEquals(LeanEngine.class, mlp.engine().getClass());
    }
}
