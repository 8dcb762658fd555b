package io.omegalock.json;

import io.omegalock.OmegaLockException;
import io.omegalock.space.Params;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The one JSON writer behind {@link CanonicalJson}, {@link JsonWriter} and
 * {@link JsonBuffer#value}: Python's number and string spellings, three layouts
 * ({@link JsonStyle}), written as ASCII bytes into a {@link JsonBuffer}. With a sink on the
 * buffer, arrays hand full buffers over as they go, so a large artifact never sits in memory.
 *
 * <p>Canonical objects need their keys sorted. Records of one trail repeat the same key sets
 * (the same string instances, even), so the emitter remembers the order of the last few key
 * lists it sorted and reuses it when a map's keys are the same.
 *
 * <p>Accepted values: {@code null}, {@link Boolean}, {@link String} (and other
 * {@link CharSequence}s), integral numbers ({@link Long}, {@link Integer}, {@link Short},
 * {@link Byte}, {@link BigInteger}), {@link Double} and {@link Float}, {@link Map} with string
 * keys, {@link Collection}, object and primitive arrays, and {@link Params} (an object in
 * declared order). Anything else is rejected rather than stringified, because a silent
 * {@code toString()} would hash differently from the reference.
 */
final class JsonEmitter {
    private static final int ORDER_CACHE = 8;

    private final JsonBuffer out;
    private final JsonStyle style;
    private final String[][] cachedKeys = new String[ORDER_CACHE][];
    private final int[][] cachedOrder = new int[ORDER_CACHE][];
    private int nextSlot;

    JsonEmitter(JsonBuffer out, JsonStyle style) {
        this.out = out;
        this.style = style;
    }

    void value(Object v, int depth, Object where) {
        if (v == null) {
            out.ascii("null");
        } else if (v instanceof String s) {
            out.string(s);
        } else if (v instanceof Double d) {
            out.number(d.doubleValue());
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            out.number(((Number) v).longValue());
        } else if (v instanceof Boolean b) {
            out.ascii(b ? "true" : "false");
        } else if (v instanceof Map<?, ?> m) {
            map(m, depth, where);
        } else if (v instanceof List<?> l && l instanceof RandomAccess) {
            list(l, depth, where);
        } else if (v instanceof Collection<?> c) {
            iterable(c.iterator(), c.isEmpty(), depth, where);
        } else if (v instanceof Params p) {
            params(p, depth);
        } else if (v instanceof Float f) {
            out.number(f.doubleValue());
        } else if (v instanceof BigInteger b) {
            out.ascii(b.toString());
        } else if (v instanceof CharSequence cs) {
            out.string(cs.toString());
        } else if (v instanceof Object[] a) {
            list(Arrays.asList(a), depth, where);
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

    private void map(Map<?, ?> m, int depth, Object where) {
        int n = m.size();
        if (n == 0) {
            out.ascii("{}");
            return;
        }
        String[] keys = new String[n];
        Object[] vals = new Object[n];
        if (m instanceof FrozenMap<?> f) {
            for (int i = 0; i < n; i++) {
                keys[i] = key(f.keyAt(i), where);
                vals[i] = f.valueAt(i);
            }
        } else {
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                keys[i] = key(e.getKey(), where);
                vals[i] = e.getValue();
                i++;
            }
        }
        out.ascii('{');
        if (style.sortKeys && n > 1) {
            int[] order = sortedOrder(keys);
            for (int i = 0; i < n; i++) {
                int k = order[i];
                entry(i, keys[k], vals[k], depth);
            }
        } else {
            for (int i = 0; i < n; i++) {
                entry(i, keys[i], vals[i], depth);
            }
        }
        close('}', depth);
    }

    private void entry(int i, String key, Object value, int depth) {
        separator(i, depth + 1);
        out.string(key);
        out.ascii(": ");
        value(value, depth + 1, key);
    }

    private static String key(Object k, Object where) {
        if (k instanceof String s) {
            return s;
        }
        throw new OmegaLockException("JSON object keys must be strings; got " + k + " ("
                + (k == null ? "null" : k.getClass().getSimpleName()) + ") at " + where);
    }

    /** @return positions of the keys in code-point order, remembered for the next same key list */
    private int[] sortedOrder(String[] keys) {
        for (int s = 0; s < ORDER_CACHE; s++) {
            String[] ck = cachedKeys[s];
            if (ck != null && sameKeys(ck, keys)) {
                return cachedOrder[s];
            }
        }
        int n = keys.length;
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> compareCodePoints(keys[a], keys[b]));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        int s = nextSlot;
        nextSlot = (s + 1) % ORDER_CACHE;
        cachedKeys[s] = keys.clone();
        cachedOrder[s] = order;
        return order;
    }

    private static boolean sameKeys(String[] a, String[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            String x = a[i];
            String y = b[i];
            if (x != y && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    private void params(Params p, int depth) {
        int n = p.space().size();
        if (n == 0) {
            out.ascii("{}");
            return;
        }
        String[] keys = new String[n];
        Object[] vals = new Object[n];
        for (int i = 0; i < n; i++) {
            keys[i] = p.space().specs().get(i).name();
            vals[i] = p.get(i);
        }
        int[] order = style.sortKeys && n > 1 ? sortedOrder(keys) : null;
        out.ascii('{');
        for (int i = 0; i < n; i++) {
            int k = order == null ? i : order[i];
            entry(i, keys[k], vals[k], depth);
        }
        close('}', depth);
    }

    private void list(List<?> l, int depth, Object where) {
        int n = l.size();
        if (n == 0) {
            out.ascii("[]");
            return;
        }
        out.ascii('[');
        for (int i = 0; i < n; i++) {
            separator(i, depth + 1);
            value(l.get(i), depth + 1, where);
            out.drainIfFull();
        }
        close(']', depth);
    }

    private void iterable(Iterator<?> it, boolean empty, int depth, Object where) {
        if (empty) {
            out.ascii("[]");
            return;
        }
        out.ascii('[');
        for (int i = 0; it.hasNext(); i++) {
            separator(i, depth + 1);
            value(it.next(), depth + 1, where);
            out.drainIfFull();
        }
        close(']', depth);
    }

    private void separator(int index, int depth) {
        if (index > 0) {
            if (style.indent) {
                out.ascii(',');
            } else {
                out.ascii(", ");
            }
        }
        if (style.indent) {
            out.newline(depth);
        }
    }

    private void close(char bracket, int depth) {
        if (style.indent) {
            out.newline(depth);
        }
        out.ascii(bracket);
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
