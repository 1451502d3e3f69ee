package org.lectern.display;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * What a {@link RenderFunction} is asked to produce (the wanted MIME types) and where it puts
 * the result. A render function checks {@link #wants} so it computes only the formats asked for.
 */
public final class RenderContext {
    private final Set<String> wanted;
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> metadata = new LinkedHashMap<>();

    /** Creates a context asking for the given MIME types. */
    public RenderContext(Set<String> wanted) {
        this.wanted = Set.copyOf(wanted);
    }

    /** Returns true if the caller asked for this MIME type. */
    public boolean wants(String mimeType) {
        return wanted.contains(mimeType);
    }

    /** Returns the MIME types asked for. */
    public Set<String> wanted() {
        return wanted;
    }

    /** Stores data for a MIME type (text, or base64 for binary images). */
    public RenderContext put(String mimeType, Object value) {
        data.put(mimeType, value);
        return this;
    }

    /** Computes and stores data for a MIME type only if it was asked for. */
    public RenderContext putIfWanted(String mimeType, Callable<Object> value) throws Exception {
        if (wants(mimeType)) {
            data.put(mimeType, value.call());
        }
        return this;
    }

    /** Adds one metadata entry for a MIME type, such as the display {@code width} of an image. */
    public RenderContext putMetadata(String mimeType, String key, Object value) {
        metadata.computeIfAbsent(mimeType, k -> new LinkedHashMap<>()).put(key, value);
        return this;
    }

    /** Returns true if data for the MIME type has been stored. */
    public boolean has(String mimeType) {
        return data.containsKey(mimeType);
    }

    /** Returns what has been stored so far as an immutable bundle. */
    public MimeBundle toBundle() {
        return new MimeBundle(data, metadata);
    }

    Map<String, Object> dataView() {
        return Collections.unmodifiableMap(data);
    }
}
