package org.lectern.train;

/**
 * The ways a {@link FewLabelTransfer} trains a classifier on a few labelled images: on a
 * pretrained encoder with every layer trained (fine-tuning), the same layers from fresh weights
 * (from scratch), only the head on the codes of the pretrained encoder (frozen encoder), and as a
 * baseline for the codes the same head on the pixels. The head is a softmax layer, with the hidden
 * layers of {@link FewLabelTransfer#head} before it if any.
 */
public enum TransferVariant {
    /** The pretrained encoder's layers and weights plus a fresh head; every layer trains. */
    FINE_TUNED("fine-tuned", "pretrained encoder + head, every layer trained"),
    /** The encoder's layers with fresh random weights plus a fresh head; every layer trains. */
    FROM_SCRATCH("from scratch", "same layers, fresh random weights, every layer trained"),
    /** The pretrained encoder computes each image's code once; only the head on the codes trains. */
    FROZEN_ENCODER("frozen encoder", "codes of the pretrained encoder, only the head trained"),
    /** No encoder: the head alone on the pixels, the baseline for what the frozen codes add. */
    PIXELS("pixels, no encoder", "the head alone on the pixels");

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

    /** Returns one line on what is trained, e.g. {@code pretrained encoder + head, every layer trained}. */
    public String description() {
        return description;
    }

    /** Returns {@link #label()}. */
    @Override
    public String toString() {
        return label;
    }
}
