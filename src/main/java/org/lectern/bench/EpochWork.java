package org.lectern.bench;

import java.util.Map;

/** What a worker does on each {@code epoch} command: train one epoch, or run one epoch's matrix products. */
interface EpochWork {
    /** Runs one epoch and returns its mean batch loss, or NaN where nothing is trained. */
    double epoch();

    /** Returns what the work runs on, for the worker's {@code ready} line (e.g. the engine's name). */
    Map<String, String> description();
}
