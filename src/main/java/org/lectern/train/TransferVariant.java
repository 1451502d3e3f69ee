package org.lectern.train;

/**
 * The ways a {@link FewLabelTransfer} trains a classifier on a few labelled images: on a
 * pretrained encoder with every layer trained (fine-tuning), the same layers from fresh weights
 * (from scratch), only a softmax layer on the codes of the pretrained encoder (frozen encoder), and
 * as a baseline for the codes the same softmax layer on the pixels.
 */
public enum TransferVariant {
    /** The pretrained encoder's layers and weights plus a fresh softmax layer; every layer trains. */
    FINE_TUNED("fine-tuned", "pretrained encoder + softmax, every layer trained"),
    /** The encoder's layers with fresh random weights plus a fresh softmax layer; every layer trains. */
    FROM_SCRATCH("from scratch", "same layers, fresh random weights, every layer trained"),
    /** The pretrained encoder computes each image's code once; only a softmax layer on the codes trains. */
    FROZEN_ENCODER("frozen encoder", "codes of the pretrained encoder, only the softmax trained"),
    /** No encoder: the softmax layer alone on the pixels, the baseline for what the frozen codes add. */
    SOFTMAX_ON_PIXELS("softmax on pixels", "no hidden layer, the softmax alone on the pixels");

    private final String label;
    private final String description;

    TransferVariant(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** Returns the short name used in tables and legends, e.g. {@code fine-tuned}. */
    public String label() {
        return label;
    }

    /** Returns one line on what is trained, e.g. {@code pretrained encoder + softmax, every layer trained}. */
    public String description() {
        return description;
    }

    /** Returns {@link #label()}. */
    @Override
    public String toString() {
        return label;
    }
}
