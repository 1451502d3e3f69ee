package org.lectern.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

/** Skips a test that needs real data, with the reason and the fix, where a data file or a dataset's files are not installed. */
public final class InstalledData {
    private InstalledData() {
    }

    /** Skips the calling test unless the file is installed (a corrupt file still fails). */
    public static void assumeInstalled(DataFile file) {
        assumeTrue(DataFiles.standard().status(file).state() != DataFileStatus.State.MISSING,
                () -> file.relativePath() + " is not installed; run " + DataFiles.SETUP_COMMAND);
    }

    /** Skips the calling test unless every image and label file of the dataset is installed (a corrupt file still fails). */
    public static void assumeInstalled(ImageDataset dataset) {
        DataFiles files = DataFiles.standard();
        for (Split split : Split.values()) {
            for (DataFile file : List.of(dataset.imagesFile(split), dataset.labelsFile(split))) {
                assumeTrue(files.status(file).state() != DataFileStatus.State.MISSING, () -> dataset.displayName()
                        + " is not installed: " + file.relativePath() + " is missing; run " + DataFiles.SETUP_COMMAND);
            }
        }
    }
}
