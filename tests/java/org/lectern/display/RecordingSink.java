package org.lectern.display;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A display sink that keeps every show and update so tests can inspect them. */
final class RecordingSink implements DisplaySink {
    record Shown(String displayId, MimeBundle bundle) {
    }

    final List<Shown> shows = new CopyOnWriteArrayList<>();
    final List<Shown> updates = new CopyOnWriteArrayList<>();
    final List<Boolean> clears = new CopyOnWriteArrayList<>();
    private final boolean rich;

    RecordingSink(boolean rich) {
        this.rich = rich;
    }

    @Override
    public void show(MimeBundle bundle, String displayId) {
        shows.add(new Shown(displayId, bundle));
    }

    @Override
    public void update(String displayId, MimeBundle bundle) {
        updates.add(new Shown(displayId, bundle));
    }

    @Override
    public void clear(boolean wait) {
        clears.add(wait);
    }

    @Override
    public boolean isRich() {
        return rich;
    }

    /** Returns the bundle drawn last, by show or update. */
    MimeBundle last() {
        return updates.isEmpty() ? shows.get(shows.size() - 1).bundle() : updates.get(updates.size() - 1).bundle();
    }
}
