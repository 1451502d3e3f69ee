package org.lectern.nativebuild;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Picks the native build in every test JVM before any test class loads, as the entry points do in
 * production, so that a CPU without AVX-512 never loads the AVX-512 build. Registered in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public final class NativeBuildSessionListener implements LauncherSessionListener {
    /** Creates the listener; the JUnit launcher calls this. */
    public NativeBuildSessionListener() {
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        NativeBuildSelector.select();
    }
}
