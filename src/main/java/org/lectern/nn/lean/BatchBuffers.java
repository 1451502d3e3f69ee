package org.lectern.nn.lean;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The arrays one batch size needs, allocated once and reused every step: each layer's
 * activations and the gradient with respect to its pre-activations ({@code delta}), plus room for
 * the features and targets when they must be copied (another number type, or not row-major).
 * Deltas are only allocated for training.
 *
 * <p>ND4J frees an array's native memory only when the JVM collects the array, and these arrays are
 * tiny objects on the heap beside megabytes of native memory, so a collection may not come for a long
 * time: buffers made for one call are released with {@link #releaseExcept} as soon as it is done.
 */
final class BatchBuffers {
    final int rows;
    final INDArray input;
    final INDArray target;
    final INDArray[] activations;
    final Block[] activationBlocks;
    final INDArray[] deltas;
    final Block[] deltaBlocks;

    BatchBuffers(List<LeanLayer> layers, int rows, DataType type, boolean training) {
        this.rows = rows;
        int count = layers.size();
        activations = new INDArray[count];
        activationBlocks = new Block[count];
        deltas = new INDArray[count];
        deltaBlocks = new Block[count];
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            input = matrix(type, layers.get(0).inputs);
            target = training ? matrix(type, layers.get(count - 1).outputs) : null;
            for (int i = 0; i < count; i++) {
                activations[i] = matrix(type, layers.get(i).outputs);
                activationBlocks[i] = Block.of(activations[i]);
                if (training) {
                    deltas[i] = matrix(type, layers.get(i).outputs);
                    deltaBlocks[i] = Block.of(deltas[i]);
                }
            }
        }
    }

    /**
     * Frees the native memory of every array here except {@code kept} (null: all of them) now, instead of
     * whenever the JVM happens to collect them; the buffers must not be used afterwards.
     */
    void releaseExcept(INDArray kept) {
        release(input, kept);
        release(target, kept);
        for (int i = 0; i < activations.length; i++) {
            release(activations[i], kept);
            release(deltas[i], kept);
        }
    }

    private static void release(INDArray array, INDArray kept) {
        if (array != null && array != kept) {
            array.close();
        }
    }

    private INDArray matrix(DataType type, int columns) {
        return Nd4j.createUninitialized(type, new long[] {rows, columns}, 'c');
    }
}
