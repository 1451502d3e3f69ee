package org.lectern.gpu;

import java.io.Serial;

/**
 * Thrown where ND4J would load its CUDA backend on a machine that cannot run it. An {@link Error}, so
 * that it leaves ND4J's loader and its class initialiser unwrapped, and without stack trace or cause,
 * so that the notebook shows its message alone.
 */
public final class GpuUnavailableError extends Error {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the error with the message the reader sees. */
    public GpuUnavailableError(String message) {
        super(message, null, false, false);
    }
}
