package io.omegalock.json;

import io.omegalock.OmegaLockException;
import io.omegalock.space.Params;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * The one JSON writer behind {@link CanonicalJson} and {@link JsonWriter}: Python's number
 * and string spellings, three layouts ({@link JsonStyle}). Writes into a caller-owned
 * {@link StringBuilder} so hashing many records reuses one buffer; with a sink it hands the
 * buffer over in chunks so a large artifact never sits in memory as one string.
 *
 * <p>Accepted values: {@code null}, {@link Boolean}, {@link String} (and other
 * {@link CharSequence}s), integral numbers ({@link Long}, {@link Integer}, {@link Short},
 * {@link Byte}, {@link BigInteger}), {@link Double} and {@link Float}, {@link Map} with string
 * keys, {@link Collection}, object and primitive arrays, and {@link Params} (an object in
 * declared order). Anything else is rejected rather than stringified, because a silent
 * {@code toString()} would hash differently from the reference.
 */
final class JsonEmitter {
    private static final int CHUNK = 1 << 16;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out;
    private final JsonStyle style;
    private final Appendable sink;

    JsonEmitter(StringBuilder out, JsonStyle style, Appendable sink) {
        this.out = out;
        this.style = style;
        this.sink = sink;
    }

    void value(Object v, int depth, Object where) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Double d) {
            PyFloat.appendRepr(d, out);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            out.append(((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (v instanceof Map<?, ?> m) {
            map(m, depth, where);
        } else if (v instanceof Collection<?> c) {
            iterable(c.iterator(), c.isEmpty(), depth, where);
        } else if (v instanceof Params p) {
            params(p, depth);
        } else if (v instanceof Float f) {
            PyFloat.appendRepr(f.doubleValue(), out);
        } else if (v instanceof BigInteger b) {
            out.append(b);
        } else if (v instanceof CharSequence cs) {
            string(cs.toString());
        } else if (v instanceof Object[] a) {
            iterable(Arrays.asList(a).iterator(), a.length == 0, depth, where);
        } else if (v instanceof double[] a) {
            iterable(Arrays.stream(a).boxed().iterator(), a.length == 0, depth, where);
        } else if (v instanceof long[] a) {
            iterable(Arrays.stream(a).boxed().iterator(), a.length == 0, depth, where);
        } else if (v instanceof int[] a) {
            iterable(Arrays.stream(a).boxed().iterator(), a.length == 0, depth, where);
        } else {
            throw new OmegaLockException("cannot write a " + v.getClass().getName() + " as JSON (at " + where
                    + "); use maps, lists, strings, numbers, booleans or null");
        }
    }

    void string(String s) {
        out.append('"');
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                // Java strings are UTF-16, so an astral char is already the surrogate pair Python writes.
                default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15])
                        .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
            }
        }
        out.append(s, start, n).append('"');
    }

    private void map(Map<?, ?> m, int depth, Object where) {
        if (m.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        String[] keys = new String[m.size()];
        Object[] vals = style.sortKeys ? null : new Object[keys.length];
        int i = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getKey() instanceof String k)) {
                throw new OmegaLockException("JSON object keys must be strings; got " + e.getKey() + " ("
                        + (e.getKey() == null ? "null" : e.getKey().getClass().getSimpleName()) + ") at " + where);
            }
            keys[i] = k;
            if (vals != null) {
                vals[i] = e.getValue();
            }
            i++;
        }
        if (style.sortKeys) {
            Arrays.sort(keys, JsonEmitter::compareCodePoints);
        }
        for (i = 0; i < keys.length; i++) {
            separator(i, depth + 1);
            string(keys[i]);
            out.append(": ");
            value(vals == null ? m.get(keys[i]) : vals[i], depth + 1, keys[i]);
        }
        close('}', depth);
    }

    private void params(Params p, int depth) {
        int n = p.space().size();
        if (n == 0) {
            out.append("{}");
            return;
        }
        String[] keys = new String[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = p.space().specs().get(i).name();
            order[i] = i;
        }
        if (style.sortKeys) {
            order = java.util.stream.IntStream.range(0, n).boxed()
                    .sorted((a, b) -> compareCodePoints(keys[a], keys[b])).mapToInt(Integer::intValue).toArray();
        }
        out.append('{');
        for (int i = 0; i < n; i++) {
            separator(i, depth + 1);
            string(keys[order[i]]);
            out.append(": ");
            value(p.get(order[i]), depth + 1, keys[order[i]]);
        }
        close('}', depth);
    }

    private void iterable(Iterator<?> it, boolean empty, int depth, Object where) {
        if (empty) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; it.hasNext(); i++) {
            separator(i, depth + 1);
            value(it.next(), depth + 1, where);
            drain();
        }
        close(']', depth);
    }

    private void separator(int index, int depth) {
        if (index > 0) {
            out.append(style.indent ? "," : ", ");
        }
        if (style.indent) {
            newline(depth);
        }
    }

    private void close(char bracket, int depth) {
        if (style.indent) {
            newline(depth);
        }
        out.append(bracket);
    }

    private void newline(int depth) {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /** Hands a full buffer to the sink so big artifacts stream out in chunks. */
    void drain() {
        if (sink != null && out.length() >= CHUNK) {
            flush();
        }
    }

    void flush() {
        if (sink == null) {
            return;
        }
        try {
            sink.append(out);
            out.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON failed: " + e.getMessage(), e);
        }
    }

    /**
     * Orders strings by Unicode code point, as Python sorts {@code str}. Plain
     * {@link String#compareTo} compares UTF-16 units, which puts astral characters (surrogates,
     * 0xD800-0xDFFF) before 0xE000-0xFFFF.
     */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= 0xD800 && y >= 0xD800) {
                    // Lift surrogates above the rest of the BMP; order among them is unchanged.
                    x += x < 0xE000 ? 0x2000 : -0x800;
                    y += y < 0xE000 ? 0x2000 : -0x800;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }
}
