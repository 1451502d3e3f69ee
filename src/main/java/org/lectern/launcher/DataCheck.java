package org.lectern.launcher;

import java.util.List;
import org.lectern.data.DataFileStatus;
import org.lectern.data.DataFiles;

/** Reports every dataset file as verified, corrupt or missing, from the data package's resolver. */
final class DataCheck {
    private DataCheck() {
    }

    /** Returns one finding per known data file. */
    static List<Finding> run(DataFiles files) {
        return files.statusOfAll().stream().map(DataCheck::finding).toList();
    }

    static Finding finding(DataFileStatus status) {
        String topic = status.file().relativePath();
        return switch (status.state()) {
            case VERIFIED -> Finding.ok(topic, "verified, " + status.found().orElseThrow());
            case CORRUPT -> Finding.missing(topic, "corrupt at " + status.found().orElseThrow() + ": SHA-256 "
                    + status.actualSha256().orElseThrow() + ", expected " + status.expectedSha256(), DataFiles.SETUP_COMMAND);
            case MISSING -> Finding.missing(topic, "missing; looked in " + status.searched(), DataFiles.SETUP_COMMAND);
        };
    }
}
