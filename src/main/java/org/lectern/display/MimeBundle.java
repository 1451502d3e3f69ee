package org.lectern.display;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One value rendered as several representations keyed by MIME type, plus per-type metadata,
 * exactly the shape of a Jupyter {@code display_data} message's {@code data} and {@code metadata}.
 * Binary data (PNG, GIF) is held base64-encoded, as Jupyter sends it. Immutable.
 */
public record MimeBundle(Map<String, Object> data, Map<String, Map<String, Object>> metadata) {

    /** Copies both maps so the bundle cannot change after construction. */
    public MimeBundle {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(data, "data")));
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(metadata, "metadata").forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        metadata = Collections.unmodifiableMap(copy);
    }

    /** Returns a bundle holding only {@code text/plain}. */
    public static MimeBundle text(String text) {
        return new MimeBundle(Map.of(MimeType.TEXT, text), Map.of());
    }

    /** Returns the data for one MIME type, or null if the bundle has none. */
    public Object get(String mimeType) {
        return data.get(mimeType);
    }

    /** Returns true if the bundle has data for the MIME type. */
    public boolean has(String mimeType) {
        return data.containsKey(mimeType);
    }

    /** Returns the {@code text/plain} representation, or an empty string. */
    public String plainText() {
        Object text = data.get(MimeType.TEXT);
        return text == null ? "" : text.toString();
    }
}
