package org.lectern.nn.lean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lectern.nn.Dl4jEngine;
import org.lectern.nn.EngineFactory;
import org.lectern.nn.Mlp;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** What the lean engine refuses, how it says so, and the automatic choice that falls back to DL4J. */
class LeanSupportTest {
    @Test
    void anUnsupportedActivationIsNamedWithTheWayOut() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Mlp.builder().inputs(3)
                .hidden(4, Activation.LEAKYRELU).output(2, Activation.SIGMOID).engine(EngineFactory.lean()).build());
        assertEquals("The lean engine cannot compute this network: layer 0 uses the activation leakyrelu. The lean "
                + "engine computes dense layers with the activations identity, tanh, sigmoid and relu (softmax only on "
                + "the output layer, with NEGATIVELOGLIKELIHOOD or MCXENT), the losses MSE, NEGATIVELOGLIKELIHOOD and "
                + "MCXENT, and activity L1, KL sparsity and contractive penalties. DL4J's engine computes this network: "
                + "add .engine(EngineFactory.dl4j()) to the builder.", e.getMessage());
    }

    @Test
    void unsupportedLossesAndCombinationsAreNamed() {
        assertProblem("the loss is XENT", Mlp.builder().inputs(3).output(2, Activation.SIGMOID).loss(LossFunction.XENT));
        assertProblem("the loss NEGATIVELOGLIKELIHOOD follows a sigmoid output instead of a softmax",
                Mlp.builder().inputs(3).output(2, Activation.SIGMOID).loss(LossFunction.NEGATIVELOGLIKELIHOOD));
        assertProblem("the softmax output is trained with MSE instead of the log-likelihood",
                Mlp.builder().inputs(3).output(2, Activation.SOFTMAX).loss(LossFunction.MSE));
        assertProblem("layer 0 is a hidden softmax layer",
                Mlp.builder().inputs(3).hidden(3, Activation.SOFTMAX).output(2, Activation.SIGMOID));
    }

    @Test
    void theAutomaticChoiceTakesTheLeanEngineWhereItCanAndDl4jElsewhere() {
        Mlp lean = Mlp.builder().inputs(3).hidden(4, Activation.RELU).output(2, Activation.SIGMOID)
                .engine(EngineFactory.auto()).build();
        assertTrue(lean.engine() instanceof LeanEngine);
        Mlp dl4j = Mlp.builder().inputs(3).hidden(4, Activation.ELU).output(2, Activation.SIGMOID)
                .engine(EngineFactory.auto()).build();
        assertTrue(dl4j.engine() instanceof Dl4jEngine);
        assertEquals("lean engine", EngineFactory.lean().toString());
        assertEquals("DL4J engine", EngineFactory.dl4j().toString());
    }

    private static void assertProblem(String problem, Mlp.Builder builder) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.engine(EngineFactory.lean()).build());
        assertTrue(e.getMessage().startsWith("The lean engine cannot compute this network: " + problem + ". "),
                e.getMessage());
    }
}
