package org.lectern.gpu;

import org.nd4j.common.io.Resource;
import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4jBackend;

/**
 * The only ND4J backend {@link Nd4jGuard} lets ND4J see: asked whether it is available, it throws
 * {@link GpuUnavailableError} with the guard's message. Public with a no-argument constructor for ServiceLoader.
 */
public final class UnusableGpuBackend extends Nd4jBackend {
    /** Creates the backend; ServiceLoader calls this. */
    public UnusableGpuBackend() {
    }

    @Override
    public boolean isAvailable() {
        throw new GpuUnavailableError(Nd4jGuard.message());
    }

    @Override
    public boolean canRun() {
        return false;
    }

    @Override
    public boolean allowsOrder() {
        return false;
    }

    @Override
    public int getPriority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Resource getConfigurationResource() {
        throw new GpuUnavailableError(Nd4jGuard.message());
    }

    @Override
    public Class<?> getNDArrayClass() {
        throw new GpuUnavailableError(Nd4jGuard.message());
    }

    @Override
    public Environment getEnvironment() {
        throw new GpuUnavailableError(Nd4jGuard.message());
    }

    @Override
    public String buildInfo() {
        return "no usable GPU: " + Nd4jGuard.message();
    }

    @Override
    public void logBackendInit() {
        // Never initialised.
    }
}
