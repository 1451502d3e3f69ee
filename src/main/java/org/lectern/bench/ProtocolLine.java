package org.lectern.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One line of the worker protocol: {@code @bench VERB} followed by tab-separated {@code key=value}
 * fields, e.g. {@code @bench epoch<TAB>seconds=1.27<TAB>loss=0.0661}. Workers write these on stdout
 * (and anything else they print is not protocol); the harness reads them. Verbs: {@code ready}
 * (once, with what the worker runs on), {@code epoch} (after each epoch), {@code done} (after quit).
 *
 * @param verb   what the line reports
 * @param fields its values by key, in order
 */
public record ProtocolLine(String verb, Map<String, String> fields) {
    /** What every protocol line starts with. */
    public static final String PREFIX = "@bench ";

    /** Checks that the verb is one word and that no key or value could break the line apart. */
    public ProtocolLine {
        Objects.requireNonNull(verb, "verb");
        if (verb.isEmpty() || verb.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a protocol verb is one word; got '" + verb + "'");
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getKey().isEmpty() || field.getKey().contains("=") || unsafe(field.getKey()) || unsafe(field.getValue())) {
                throw new IllegalArgumentException("protocol fields hold no tabs, line breaks or '=' in keys; got "
                        + field.getKey() + "=" + field.getValue());
            }
        }
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Returns the protocol line in {@code line}, or empty if it is ordinary output. */
    public static Optional<ProtocolLine> parse(String line) {
        if (line == null || !line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = line.substring(PREFIX.length()).split("\t", -1);
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("malformed protocol field '" + parts[i] + "' in: " + line);
            }
            fields.put(parts[i].substring(0, equals), parts[i].substring(equals + 1));
        }
        return Optional.of(new ProtocolLine(parts[0], fields));
    }

    /** Returns the field's value. */
    public String field(String key) {
        String value = fields.get(key);
        if (value == null) {
            throw new IllegalArgumentException("the '" + verb + "' line has no field '" + key + "': " + format());
        }
        return value;
    }

    /** Returns the field read as a number ({@code nan} included, as Python writes it). */
    public double number(String key) {
        String value = field(key);
        try {
            return value.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field '" + key + "' is not a number: " + format(), e);
        }
    }

    /** Returns the line as written on the wire, without a line break. */
    public String format() {
        return PREFIX + verb + fields.entrySet().stream().map(f -> "\t" + f.getKey() + "=" + f.getValue())
                .collect(Collectors.joining());
    }

    private static boolean unsafe(String text) {
        return text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }
}
