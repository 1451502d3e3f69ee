package org.lectern.data;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The decoded splits of this JVM, each loaded once from the standard data locations on first use
 * and then shared: the MNIST training features alone are 188 MB, too much to hold twice.
 */
final class LoadedDatasets {
    private record Key(ImageDataset dataset, Split split) {
    }

    private record PartKey(ImageDataset dataset, Split split, int size, SplitPart part) {
    }

    private static final Map<Key, LabeledImages> LOADED = new ConcurrentHashMap<>();
    private static final Map<PartKey, LabeledImages> PARTS = new ConcurrentHashMap<>();

    private LoadedDatasets() {
    }

    /** Returns the split, loading it through {@link DataFiles#standard()} the first time; failures are not cached. */
    static LabeledImages get(ImageDataset dataset, Split split) {
        return LOADED.computeIfAbsent(new Key(dataset, split), key -> dataset.load(split, DataFiles.standard()));
    }

    /** Returns a part of {@code selected} (the split's images in the run mode), copied once and then shared. */
    static LabeledImages part(ImageDataset dataset, Split split, LabeledImages selected, SplitPart part) {
        return PARTS.computeIfAbsent(new PartKey(dataset, split, selected.size(), part),
                key -> selected.rows(selected.name() + " " + part.describe(), part.indices(selected)));
    }
}
