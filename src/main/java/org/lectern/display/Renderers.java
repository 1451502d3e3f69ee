package org.lectern.display;

import java.awt.image.RenderedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A registry that turns any object into a {@link MimeBundle}. Renderers are keyed by type and
 * found by walking the value's class, its superclasses and its interfaces, nearest first;
 * {@code text/plain} is always present. A renderer that throws never breaks the caller: the
 * bundle falls back to text and says which renderer failed and why.
 *
 * <pre>{@code
 * Renderers renderers = Renderers.standard(getClass().getClassLoader());
 * renderers.register(XYChart.class).preferring(MimeType.PNG).supporting(MimeType.SVG)
 *          .with(ChartRendering::render);
 * MimeBundle bundle = renderers.render(chart);
 * }</pre>
 */
public final class Renderers {
    private final Map<Class<?>, Entry<?>> entries = new ConcurrentHashMap<>();

    /** A registration in progress: declare the MIME types, then give the function with {@link #with}. */
    public final class Registration<T> {
        private final Class<T> type;
        private final Set<String> preferred = new LinkedHashSet<>();
        private final Set<String> supported = new LinkedHashSet<>();

        private Registration(Class<T> type) {
            this.type = type;
        }

        /** Adds MIME types produced by default whenever a value of this type is shown. */
        public Registration<T> preferring(String... mimeTypes) {
            preferred.addAll(Arrays.asList(mimeTypes));
            supported.addAll(Arrays.asList(mimeTypes));
            return this;
        }

        /** Adds MIME types produced only when a caller asks for them, e.g. SVG for a chart. */
        public Registration<T> supporting(String... mimeTypes) {
            supported.addAll(Arrays.asList(mimeTypes));
            return this;
        }

        /** Completes the registration; a later registration for the same type replaces this one. */
        public Renderers with(RenderFunction<? super T> function) {
            entries.put(type, new Entry<>(Set.copyOf(preferred), Set.copyOf(supported), function));
            return Renderers.this;
        }
    }

    private record Entry<T>(Set<String> preferred, Set<String> supported, RenderFunction<T> function) {
    }

    /** Creates an empty registry: only {@code text/plain} through {@code String.valueOf}. */
    public Renderers() {
    }

    /**
     * Creates a registry with the built-in image renderer plus every {@link NotebookPlugin}
     * that the class loader's {@link ServiceLoader} finds.
     */
    public static Renderers standard(ClassLoader loader) {
        Renderers renderers = new Renderers();
        renderers.register(RenderedImage.class).preferring(MimeType.PNG)
                .with((image, out) -> out.put(MimeType.PNG, ImageEncoding.pngBase64(image))
                        .put(MimeType.TEXT, image.getClass().getSimpleName() + " " + image.getWidth() + "x" + image.getHeight()));
        renderers.install(NotebookPlugins.load(loader));
        return renderers;
    }

    /** Lets each plugin register its renderers; a plugin that fails is reported on stderr and skipped. */
    public Renderers install(List<NotebookPlugin> plugins) {
        for (NotebookPlugin plugin : plugins) {
            try {
                plugin.registerRenderers(this);
            } catch (RuntimeException | LinkageError e) {
                System.err.println("Lectern: plugin " + plugin.getClass().getName()
                        + " could not register its renderers (" + e + "); its types show as text.");
            }
        }
        return this;
    }

    /** Starts a registration for values of {@code type} and its subtypes. */
    public <T> Registration<T> register(Class<T> type) {
        return new Registration<>(Objects.requireNonNull(type, "type"));
    }

    /** Returns true if some registered renderer handles values of this class. */
    public boolean handles(Class<?> type) {
        return find(type) != null;
    }

    /** Renders a value in its preferred MIME types plus {@code text/plain}. */
    public MimeBundle render(Object value) {
        Entry<?> entry = value == null ? null : find(value.getClass());
        return render(value, entry, entry == null ? Set.of() : entry.preferred());
    }

    /**
     * Renders a value in the MIME types asked for (those its renderer supports; others are
     * skipped) plus {@code text/plain}; with no types given, the same as {@link #render(Object)}.
     */
    public MimeBundle render(Object value, String... mimeTypes) {
        if (mimeTypes.length == 0) {
            return render(value);
        }
        Entry<?> entry = value == null ? null : find(value.getClass());
        Set<String> wanted = new LinkedHashSet<>();
        for (String mimeType : mimeTypes) {
            wanted.add(Objects.requireNonNull(mimeType, "a requested MIME type is null; pass constants such as MimeType.PNG"));
        }
        wanted.retainAll(entry == null ? Set.of() : entry.supported());
        return render(value, entry, wanted);
    }

    @SuppressWarnings("unchecked")
    private <T> MimeBundle render(Object value, Entry<T> entry, Set<String> wanted) {
        RenderContext context = new RenderContext(wanted);
        String failure = null;
        if (entry != null) {
            try {
                entry.function().render((T) value, context);
            } catch (Exception | LinkageError | OutOfMemoryError e) {
                failure = "[Lectern: the renderer for " + value.getClass().getName() + " failed ("
                        + e + "); showing text instead]";
                context = new RenderContext(Set.of());
            }
        }
        if (!context.has(MimeType.TEXT)) {
            String text = plainText(value);
            context.put(MimeType.TEXT, failure == null ? text : text + "\n" + failure);
        }
        return context.toBundle();
    }

    /** Returns {@code String.valueOf(value)}, or a description if {@code toString} itself throws. */
    static String plainText(Object value) {
        try {
            return String.valueOf(value);
        } catch (RuntimeException e) {
            return value.getClass().getName() + " (toString failed: " + e + ")";
        }
    }

    private Entry<?> find(Class<?> type) {
        Deque<Class<?>> queue = new ArrayDeque<>(List.of(type));
        Set<Class<?>> seen = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            Class<?> next = queue.removeFirst();
            if (!seen.add(next)) {
                continue;
            }
            Entry<?> entry = entries.get(next);
            if (entry != null) {
                return entry;
            }
            List<Class<?>> parents = new ArrayList<>();
            if (next.getSuperclass() != null) {
                parents.add(next.getSuperclass());
            }
            parents.addAll(Arrays.asList(next.getInterfaces()));
            queue.addAll(parents);
        }
        return null;
    }
}
