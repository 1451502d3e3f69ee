package org.lectern.kernel.magic;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The line and cell magics an evaluator knows, by name; immutable.
 *
 * <pre>{@code
 * Magics magics = Magics.standard().toBuilder()
 *         .line("hello", (context, args) -> "Hello, " + args)
 *         .build();
 * }</pre>
 */
public final class Magics {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private final Map<String, LineMagic> lineMagics;
    private final Map<String, CellMagic> cellMagics;

    private Magics(Builder builder) {
        this.lineMagics = Collections.unmodifiableMap(new TreeMap<>(builder.lineMagics));
        this.cellMagics = Collections.unmodifiableMap(new TreeMap<>(builder.cellMagics));
    }

    /** Returns an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the IJava-style set: classpath, jars, maven, load, time, %%time and lsmagic. */
    public static Magics standard() {
        return standard(MavenResolver.builder().build());
    }

    /** Returns the standard set with {@code %maven} resolving through the given resolver. */
    public static Magics standard(MavenResolver maven) {
        TimeMagic time = new TimeMagic();
        return builder()
                .line("classpath", new ClasspathMagic())
                .line("jars", new JarsMagic())
                .line("maven", new MavenMagic(maven))
                .line("load", new LoadMagic())
                .line("time", time)
                .cell("time", time)
                .line("lsmagic", new LsMagic())
                .build();
    }

    /** Returns a builder holding these magics, to add or replace some. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.lineMagics.putAll(lineMagics);
        builder.cellMagics.putAll(cellMagics);
        return builder;
    }

    /** Returns the line magic registered under {@code name}, if any. */
    public Optional<LineMagic> line(String name) {
        return Optional.ofNullable(lineMagics.get(name));
    }

    /** Returns the cell magic registered under {@code name}, if any. */
    public Optional<CellMagic> cell(String name) {
        return Optional.ofNullable(cellMagics.get(name));
    }

    /** Returns the line magic {@code name} or fails with a message listing the known magics. */
    public LineMagic requireLine(String name) throws MagicException {
        LineMagic magic = lineMagics.get(name);
        if (magic == null) {
            throw new MagicException("Unknown line magic %" + name + ". " + listing());
        }
        return magic;
    }

    /** Returns the cell magic {@code name} or fails with a message listing the known magics. */
    public CellMagic requireCell(String name) throws MagicException {
        CellMagic magic = cellMagics.get(name);
        if (magic == null) {
            throw new MagicException("Unknown cell magic %%" + name + ". " + listing());
        }
        return magic;
    }

    /** Returns the names of the line magics, sorted. */
    public Set<String> lineNames() {
        return lineMagics.keySet();
    }

    /** Returns the names of the cell magics, sorted. */
    public Set<String> cellNames() {
        return cellMagics.keySet();
    }

    /** Returns one sentence naming every magic, e.g. {@code Line magics: %jars, %time; cell magics: %%time.} */
    public String listing() {
        return "Line magics: " + names("%", lineNames()) + "; cell magics: " + names("%%", cellNames()) + ".";
    }

    private static String names(String prefix, Set<String> names) {
        return names.isEmpty() ? "none" : names.stream().map(n -> prefix + n).collect(Collectors.joining(", "));
    }

    /** Collects magics by name; a later registration under the same name replaces the earlier. */
    public static final class Builder {
        private final Map<String, LineMagic> lineMagics = new TreeMap<>();
        private final Map<String, CellMagic> cellMagics = new TreeMap<>();

        private Builder() {
        }

        /** Registers a line magic, written {@code %name args}. */
        public Builder line(String name, LineMagic magic) {
            lineMagics.put(checkName(name), Objects.requireNonNull(magic, "magic"));
            return this;
        }

        /** Registers a cell magic, written {@code %%name args} on a cell's first line. */
        public Builder cell(String name, CellMagic magic) {
            cellMagics.put(checkName(name), Objects.requireNonNull(magic, "magic"));
            return this;
        }

        /** Returns the immutable registry. */
        public Magics build() {
            return new Magics(this);
        }

        private static String checkName(String name) {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Bad magic name '" + name
                        + "': use letters, digits, '_' and '-', starting with a letter or '_'");
            }
            return name;
        }
    }
}
