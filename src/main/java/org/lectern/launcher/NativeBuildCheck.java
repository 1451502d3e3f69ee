package org.lectern.launcher;

import java.util.List;
import java.util.Optional;
import org.lectern.nativebuild.LoadedNativeBuilds;
import org.lectern.nativebuild.NativeBuildChoice;
import org.lectern.nativebuild.NativeBuildSelector;

/**
 * Reports which build of ND4J's native code the doctor's process loaded (after {@link BackendCheck} started
 * ND4J) and why it was chosen. Nothing on a backend without it (CUDA).
 */
final class NativeBuildCheck {
    static final String TOPIC = "Native build";

    private NativeBuildCheck() {
    }

    /** Returns the finding for this process. */
    static List<Finding> run() {
        return check(NativeBuildSelector.current(), LoadedNativeBuilds.inThisProcess());
    }

    /** The finding for this choice and these loaded classifier folders: one, the chosen one, is right. */
    static List<Finding> check(Optional<NativeBuildChoice> choice, List<String> loaded) {
        if (loaded.isEmpty()) {
            return List.of();
        }
        String fix = "unset " + NativeBuildSelector.ENVIRONMENT + " and -D" + NativeBuildSelector.PROPERTY
                + ", then ./lectern doctor";
        if (choice.isEmpty()) {
            return List.of(Finding.missing(TOPIC, String.join(", ", loaded) + " loaded before Lectern chose a build", fix));
        }
        String chosen = choice.get().build().classifier();
        if (loaded.size() > 1) {
            return List.of(Finding.missing(TOPIC, "more than one build loaded: " + String.join(", ", loaded), fix));
        }
        if (!loaded.get(0).equals(chosen)) {
            return List.of(Finding.missing(TOPIC, loaded.get(0) + " loaded, but " + chosen + " was chosen ("
                    + choice.get().reason() + ")", fix));
        }
        return List.of(Finding.ok(TOPIC, chosen + " loaded: " + choice.get().reason()
                + " (" + NativeBuildSelector.ENVIRONMENT + "=avx512|avx2|plain overrides)"));
    }
}
