package io.omegalock.cli.spec;

import io.omegalock.BadInputException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One value of a parsed spec file together with its key path ({@code space[2].high}), so that
 * every typed read can fail with a message naming the file, the key and what was expected:
 * {@code spec.yaml: space[2].high: expected a number, got "x"}.
 */
final class SpecNode {
    private final String file;
    private final String path;
    private final Object value;

    private SpecNode(String file, String path, Object value) {
        this.file = file;
        this.path = path;
        this.value = value;
    }

    /**
     * @param file  the spec file as the user named it (used in messages)
     * @param value the parsed document
     * @return the root node (empty key path)
     */
    static SpecNode root(String file, Object value) {
        return new SpecNode(file, "", value);
    }

    /** @return the key path, e.g. {@code space[2].high}; empty at the top level */
    String path() {
        return path;
    }

    /** @return the file name used in messages */
    String file() {
        return file;
    }

    /** @return the plain parsed value (maps, lists, strings, Long, BigInteger, Double, Boolean, null) */
    Object raw() {
        return value;
    }

    SpecNode child(String key, Object childValue) {
        return new SpecNode(file, path.isEmpty() ? key : path + "." + key, childValue);
    }

    private SpecNode element(int index, Object childValue) {
        return new SpecNode(file, path + "[" + index + "]", childValue);
    }

    /**
     * @param message what is wrong with this value and what was expected
     * @return an exception naming the file and this node's key path
     */
    BadInputException error(String message) {
        return new BadInputException(file + ": " + (path.isEmpty() ? "" : path + ": ") + message);
    }

    /**
     * Runs a core constructor or check and re-throws its {@link BadInputException} with this
     * node's file and key path in front, so library validation messages point into the spec.
     *
     * @param check the validation to run
     * @throws BadInputException with the key path prepended
     */
    void validate(Runnable check) {
        try {
            check.run();
        } catch (BadInputException e) {
            throw error(e.getMessage());
        }
    }

    /** @return this node as a mapping */
    SpecMap asMap() {
        if (value instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) m;
            return new SpecMap(this, typed);
        }
        throw error("expected a mapping (key: value), got " + describe(value));
    }

    /** @return the elements of this list node, each with its indexed path */
    List<SpecNode> asList() {
        if (!(value instanceof List<?> l)) {
            throw error("expected a list, got " + describe(value));
        }
        List<SpecNode> out = new ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++) {
            out.add(element(i, l.get(i)));
        }
        return out;
    }

    /** @return the string value */
    String asString() {
        if (value instanceof String s) {
            return s;
        }
        throw error("expected a string, got " + describe(value) + booleanHint());
    }

    /** @return a string that is not blank */
    String asNonBlankString() {
        String s = asString();
        if (s.isBlank()) {
            throw error("expected a non-empty string, got \"" + s + "\"");
        }
        return s;
    }

    /**
     * @param allowed the accepted values, in the order to list them
     * @return the string, one of {@code allowed}
     */
    String asOneOf(List<String> allowed) {
        String s = asString();
        if (!allowed.contains(s)) {
            throw error("expected one of " + String.join(", ", allowed) + ", got \"" + s + "\"");
        }
        return s;
    }

    /** @return a finite number (integers widen to double) */
    double asDouble() {
        double d;
        if (value instanceof Double x) {
            d = x;
        } else if (value instanceof Long x) {
            d = x;
        } else if (value instanceof BigInteger x) {
            d = x.doubleValue();
        } else {
            throw error("expected a number, got " + describe(value));
        }
        if (!Double.isFinite(d)) {
            throw error("expected a finite number, got " + describe(value));
        }
        return d;
    }

    /** @return an integer within 64 bits */
    long asLong() {
        if (value instanceof Long x) {
            return x;
        }
        if (value instanceof BigInteger) {
            throw error("expected an integer within 64 bits, got " + value);
        }
        throw error("expected an integer, got " + describe(value));
    }

    /** @return an integer within 32 bits */
    int asInt() {
        long v = asLong();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error("expected an integer within 32 bits, got " + v);
        }
        return (int) v;
    }

    /** @return the boolean value */
    boolean asBoolean() {
        if (value instanceof Boolean b) {
            return b;
        }
        throw error("expected true or false, got " + describe(value));
    }

    private String booleanHint() {
        return value instanceof Boolean
                ? " (YAML reads unquoted yes/no/on/off/true/false as booleans: quote the value to keep a string)"
                : "";
    }

    /**
     * @param v a parsed value
     * @return how to show it in a message: strings quoted, numbers as written, containers by kind
     */
    static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "\"" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "\"";
        }
        if (v instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (v instanceof List<?>) {
            return "a list";
        }
        if (v instanceof Double d) {
            return Double.isNaN(d) ? "NaN" : d.isInfinite() ? (d > 0 ? "Infinity" : "-Infinity") : d.toString();
        }
        return v.toString();
    }
}
