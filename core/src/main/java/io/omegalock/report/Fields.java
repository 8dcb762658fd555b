package io.omegalock.report;

import io.omegalock.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lenient, typed reads from a parsed artifact. A missing key or a JSON null reads as absent
 * (artifacts written by other versions leave fields out); a value of the wrong type is bad
 * input, reported with its path, because rendering it would mislead.
 */
final class Fields {
    private Fields() {
    }

    /** @return the object at {@code key}, or null when absent or null */
    static Map<String, Object> map(Map<String, ?> m, String key, String where) {
        return asMap(m.get(key), where + "." + key);
    }

    /** @return {@code v} as an object, or null when null */
    static Map<String, Object> asMap(Object v, String where) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map<?, ?> raw)) {
            throw wrong(where, "an object", v);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ordered(raw)) {
            out.put(String.valueOf(e.getKey()), e.getValue());
        }
        return out;
    }

    /** @return the list at {@code key}, or null when absent or null */
    static List<Object> list(Map<String, ?> m, String key, String where) {
        return asList(m.get(key), where + "." + key);
    }

    /** @return {@code v} as a list, or null when null */
    static List<Object> asList(Object v, String where) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof List<?> l)) {
            throw wrong(where, "a list", v);
        }
        return new ArrayList<>(l);
    }

    /** @return the list at {@code key}, empty when absent */
    static List<Object> listOrEmpty(Map<String, ?> m, String key, String where) {
        List<Object> l = list(m, key, where);
        return l == null ? List.of() : l;
    }

    /** @return the string at {@code key}, or null when absent */
    static String string(Map<String, ?> m, String key, String where) {
        Object v = m.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw wrong(where + "." + key, "a string", v);
        }
        return s;
    }

    /** @return the value at {@code key} as text (strings as they are, numbers formatted), or null */
    static String text(Map<String, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? null : Fmt.value(v);
    }

    /** @return the number at {@code key} as a double, or null when absent */
    static Double number(Map<String, ?> m, String key, String where) {
        return asNumber(m.get(key), where + "." + key);
    }

    /** @return {@code v} as a double, or null when null */
    static Double asNumber(Object v, String where) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number n) || v instanceof Boolean) {
            throw wrong(where, "a number", v);
        }
        return n.doubleValue();
    }

    /** @return the boolean at {@code key}, or null when absent */
    static Boolean bool(Map<String, ?> m, String key, String where) {
        Object v = m.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Boolean b)) {
            throw wrong(where + "." + key, "true or false", v);
        }
        return b;
    }

    /** @return the strings of a list (other elements formatted as text), or null when absent */
    static List<String> strings(Map<String, ?> m, String key, String where) {
        List<Object> l = list(m, key, where);
        if (l == null) {
            return null;
        }
        List<String> out = new ArrayList<>(l.size());
        for (Object o : l) {
            out.add(o == null ? "null" : Fmt.value(o));
        }
        return out;
    }

    /**
     * The entries of a map in a stable order: document order for ordered maps (what the JSON
     * reader gives), sorted keys for any other map, whose iteration order may change from one
     * JVM run to the next and would make the same input render different bytes.
     */
    static List<Map.Entry<?, ?>> ordered(Map<?, ?> m) {
        if (m instanceof LinkedHashMap<?, ?> || m instanceof SortedMap<?, ?>) {
            return new ArrayList<>(m.entrySet());
        }
        TreeMap<String, Map.Entry<?, ?>> sorted = new TreeMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            sorted.put(String.valueOf(e.getKey()), e);
        }
        return new ArrayList<>(sorted.values());
    }

    private static BadInputException wrong(String where, String expected, Object found) {
        return new BadInputException("artifact field " + where + ": expected " + expected + ", found "
                + describe(found));
    }

    private static String describe(Object v) {
        if (v instanceof Map<?, ?>) {
            return "an object";
        }
        if (v instanceof List<?>) {
            return "a list";
        }
        if (v instanceof String s) {
            return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
        }
        return v.getClass().getSimpleName() + " " + v;
    }
}
