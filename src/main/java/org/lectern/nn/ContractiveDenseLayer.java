package org.lectern.nn;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * DL4J's configuration of a dense sigmoid layer with a {@link ContractivePenalty}: a
 * {@code DenseLayer} (same parameters, same forward pass) whose backward pass also takes the
 * gradient of {@code lambda * ||dh/dx||_F^2} ({@link ContractiveDenseComputation}). The penalty
 * needs the layer's weights, which an activation function never sees, hence a layer of its own;
 * DL4J's configuration JSON stores it by class name with its {@code lambda}, so saved models load
 * back with their penalty.
 */
public final class ContractiveDenseLayer extends FeedForwardLayer {
    private static final long serialVersionUID = 1L;

    @JsonProperty("lambda")
    private double lambda;

    /** For DL4J's JSON reader. */
    private ContractiveDenseLayer() {
    }

    private ContractiveDenseLayer(Builder builder) {
        super(builder);
        this.lambda = builder.penalty.lambda();
        initializeConstraints(builder);
    }

    /** Returns the penalty on the layer's Jacobian. */
    public ContractivePenalty penalty() {
        return new ContractivePenalty(lambda);
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
                                                        Collection<TrainingListener> trainingListeners, int layerIndex,
                                                        INDArray layerParamsView, boolean initializeParams,
                                                        DataType networkDataType) {
        if (!(Dl4jConfigurations.innermost(activationFn) instanceof ActivationSigmoid)) {
            throw new IllegalStateException("layer " + layerIndex + ": the contractive penalty's closed form is that of "
                    + "a sigmoid layer; this ContractiveDenseLayer applies " + activationFn
                    + ": give it .activation(Activation.SIGMOID)");
        }
        ContractiveDenseComputation layer = new ContractiveDenseComputation(conf, networkDataType);
        layer.setListeners(trainingListeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(layerParamsView);
        Map<String, INDArray> paramTable = initializer().init(conf, layerParamsView, initializeParams);
        layer.setParamTable(paramTable);
        layer.setConf(conf);
        return layer;
    }

    @Override
    public ParamInitializer initializer() {
        return DefaultParamInitializer.getInstance();
    }

    @Override
    public LayerMemoryReport getMemoryReport(InputType inputType) {
        InputType outputType = getOutputType(-1, inputType);
        long parameters = initializer().numParams(this);
        // Training holds z, h and h (1 - h) of the layer's outputs besides the incoming gradient.
        return new LayerMemoryReport.Builder(layerName, ContractiveDenseLayer.class, inputType, outputType)
                .standardMemory(parameters, getIUpdater().stateSize(parameters))
                .workingMemory(0, 0, 0, 3 * outputType.arrayElementsPerExample())
                .cacheMemory(MemoryReport.CACHE_MODE_ALL_ZEROS, MemoryReport.CACHE_MODE_ALL_ZEROS)
                .build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContractiveDenseLayer that && super.equals(other)
                && Double.compare(lambda, that.lambda) == 0;
    }

    @Override
    protected boolean canEqual(Object other) {
        return other instanceof ContractiveDenseLayer;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), lambda);
    }

    /** Returns e.g. {@code ContractiveDenseLayer(784 -> 256, contractive 0.1)}. */
    @Override
    public String toString() {
        return "ContractiveDenseLayer(" + nIn + " -> " + nOut + ", " + penalty() + ")";
    }

    /** Builds the layer: {@code new ContractiveDenseLayer.Builder(penalty).nIn(784).nOut(256).activation(...)}. */
    public static final class Builder extends FeedForwardLayer.Builder<Builder> {
        private final ContractivePenalty penalty;

        /** Starts a layer with the given penalty on its Jacobian. */
        public Builder(ContractivePenalty penalty) {
            this.penalty = Objects.requireNonNull(penalty, "penalty");
        }

        @Override
        @SuppressWarnings("unchecked")
        public ContractiveDenseLayer build() {
            return new ContractiveDenseLayer(this);
        }
    }
}
