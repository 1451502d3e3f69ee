package org.lectern.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Options written as {@code --name value} pairs, each known name at most once, read with a message
 * that names the option when something is wrong. Hand-written because the workers need six
 * options of this one shape and nothing on the class path parses command lines.
 */
final class Arguments {
    private final Map<String, String> values;

    private Arguments(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Reads pairs from {@code args}.
     *
     * @throws IllegalArgumentException for an unknown or repeated name, or a name without a value
     */
    static Arguments of(List<String> args, List<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option '" + name + "'; the options are " + known);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            if (values.put(name, args.get(i + 1)) != null) {
                throw new IllegalArgumentException(name + " is given twice");
            }
        }
        return new Arguments(values);
    }

    /** Returns the value of an option that must be there. */
    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    /** Returns the value, or null if the option is not given. */
    String optional(String name) {
        return values.get(name);
    }

    /** Returns a required option read as a finite number. */
    double number(String name) {
        return parseNumber(name, required(name));
    }

    /** Returns a required option read as a whole number. */
    int whole(String name) {
        return parseWhole(name, required(name));
    }

    static double parseNumber(String name, String text) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(name + " needs a finite number; got '" + text + "'");
    }

    static int parseWhole(String name, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number; got '" + text + "'", e);
        }
    }
}
