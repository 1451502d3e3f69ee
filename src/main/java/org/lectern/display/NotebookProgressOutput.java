package org.lectern.display;

import java.util.LinkedHashMap;
import java.util.Map;

/** Shows a progress bar as an HTML output once, then replaces it in place under the same display id. */
final class NotebookProgressOutput implements ProgressOutput {
    private String displayId;

    @Override
    public void draw(ProgressState state) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(MimeType.HTML, ProgressFormat.html(state));
        data.put(MimeType.TEXT, ProgressFormat.text(state));
        MimeBundle bundle = new MimeBundle(data, Map.of());
        if (displayId == null) {
            displayId = Display.show(bundle);
        } else {
            Display.update(displayId, bundle);
        }
    }

    @Override
    public void finish(ProgressState state) {
        draw(state);
    }
}
