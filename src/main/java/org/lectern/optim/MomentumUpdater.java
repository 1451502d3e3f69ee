package org.lectern.optim;

import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.learning.GradientUpdater;

/** The state and step of {@link Momentum}: turns a gradient into the update {@code lr (beta m + g)} in place. */
final class MomentumUpdater implements GradientUpdater<Momentum> {
    /** The state map key of the velocity, as ND4J's Nesterovs updater names it. */
    static final String VELOCITY = "V";

    private final Momentum config;
    private INDArray velocity;

    MomentumUpdater(Momentum config) {
        this.config = config;
    }

    @Override
    public Momentum getConfig() {
        return config;
    }

    @Override
    public void setState(Map<String, INDArray> stateMap, boolean initialize) {
        if (stateMap == null || !stateMap.containsKey(VELOCITY) || stateMap.size() != 1) {
            throw new IllegalStateException("momentum's state map holds exactly the key \"" + VELOCITY + "\"; got "
                    + (stateMap == null ? "null" : stateMap.keySet()));
        }
        velocity = stateMap.get(VELOCITY);
        if (initialize) {
            velocity.assign(0);
        }
    }

    @Override
    public Map<String, INDArray> getState() {
        return Map.of(VELOCITY, velocity);
    }

    @Override
    public void setStateViewArray(INDArray viewArray, long[] gradientShape, char gradientOrder, boolean initialize) {
        Objects.requireNonNull(viewArray, "viewArray");
        if (initialize) {
            viewArray.assign(0);
        }
        velocity = Shape.newShapeNoCopy(viewArray, gradientShape, gradientOrder == 'f');
        if (velocity == null) {
            throw new IllegalStateException("cannot view momentum's state " + java.util.Arrays.toString(viewArray.shape())
                    + " as the gradient's shape " + java.util.Arrays.toString(gradientShape));
        }
    }

    @Override
    public void applyUpdater(INDArray gradient, int iteration, int epoch) {
        if (velocity == null) {
            throw new IllegalStateException("the momentum updater has no state yet: create it with Momentum.instantiate(view, true)");
        }
        INDArray g = gradient.reshape(velocity.shape());
        velocity.muli(config.getBeta()).addi(g);
        g.assign(velocity).muli(config.getLearningRate(iteration, epoch));
        if (g != gradient) {
            // reshape may have copied (a non-contiguous gradient): write the update back.
            gradient.assign(g.reshape(gradient.shape()));
        }
    }
}
