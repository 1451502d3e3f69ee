package org.lectern.display;

/**
 * Renders one value into the MIME types a {@link RenderContext} asks for.
 *
 * <pre>{@code
 * renderers.register(Table.class).preferring(MimeType.HTML)
 *          .with((table, out) -> out.put(MimeType.HTML, toHtml(table)));
 * }</pre>
 *
 * @param <T> the type of value rendered
 */
@FunctionalInterface
public interface RenderFunction<T> {
    /** Writes the value's representations into {@code out}; may throw, the registry then falls back to text. */
    void render(T value, RenderContext out) throws Exception;
}
