package org.lectern.optim;

import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

/** Describes an updater's settings in the lecture's words, e.g. {@code lr 0.1, β1 0.9, β2 0.999}. */
public final class UpdaterSettings {
    private UpdaterSettings() {
    }

    /** Returns the settings of the usual updaters by name; any other updater as ND4J prints it. */
    public static String describe(IUpdater updater) {
        String lr = updater.hasLearningRate() ? "lr " + Numbers.format(updater.getLearningRate(0, 0)) : "";
        if (updater instanceof Sgd) {
            return lr;
        }
        if (updater instanceof Momentum m) {
            return lr + ", β " + Numbers.format(m.getBeta());
        }
        if (updater instanceof Nesterovs n) {
            return lr + ", Nesterov momentum " + Numbers.format(n.currentMomentum(0, 0));
        }
        if (updater instanceof AdaGrad a) {
            return lr + ", ε " + Numbers.format(a.getEpsilon());
        }
        if (updater instanceof RmsProp r) {
            return lr + ", decay " + Numbers.format(r.getRmsDecay()) + ", ε " + Numbers.format(r.getEpsilon());
        }
        if (updater instanceof Adam a) {
            return lr + ", β1 " + Numbers.format(a.getBeta1()) + ", β2 " + Numbers.format(a.getBeta2()) + ", ε "
                    + Numbers.format(a.getEpsilon());
        }
        return updater.toString();
    }

    /** Returns the updater's learning rate at its first step, or NaN if it has none. */
    public static double learningRate(IUpdater updater) {
        return updater.hasLearningRate() ? updater.getLearningRate(0, 0) : Double.NaN;
    }
}
