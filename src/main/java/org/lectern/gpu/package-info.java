/**
 * Whether Lectern's CUDA build can use a GPU on this machine, decided from files alone before ND4J's
 * loader runs, and the guard that turns "it cannot" into one clear message instead of ND4J's native
 * stack trace: {@link org.lectern.gpu.CudaFacts} gathers the facts, {@link org.lectern.gpu.CudaReadiness}
 * judges them, {@link org.lectern.gpu.Nd4jGuard} keeps ND4J from trying.
 */
package org.lectern.gpu;
