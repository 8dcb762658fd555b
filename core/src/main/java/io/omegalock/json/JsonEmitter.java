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
 * <p>Records of one trail repeat the same key lists (often the same key array, shared by
 * {@link FrozenMap}s), so the emitter remembers the last few: their order (sorted, for the
 * canonical style) and each key already quoted and escaped. A frozen map whose key array was
 * seen costs one identity check; other maps are compared key by key.
 *
 * <p>Accepted values: {@code null}, {@link Boolean}, {@link String} (and other
 * {@link CharSequence}s), integral numbers ({@link Long}, {@link Integer}, {@link Short},
 * {@link Byte}, {@link BigInteger}), {@link Double} and {@link Float}, {@link Map} with string
 * keys, {@link Collection}, object and primitive arrays, and {@link Params} (an object in
 * declared order). Anything else is rejected rather than stringified, because a silent
 * {@code toString()} would hash differently from the reference.
 */
final class JsonEmitter {
    private static final int KEY_CACHE = 8;

    private final JsonBuffer out;
    private final JsonStyle style;
    private final KeySet[] keySets = new KeySet[KEY_CACHE];
    private int nextSlot;

    /**
     * A key list met before: its write order (sorted for the canonical style) and each key
     * already quoted, escaped and followed by {@code ": "}.
     */
    private static final class KeySet {
        final String[] keys;
        final int[] order;
        final byte[][] encoded;
        /** The key array of the frozen map that last matched (identity hits). */
        Object[] array;

        KeySet(String[] keys, int[] order) {
            this.keys = keys;
            this.order = order;
            this.encoded = new byte[keys.length][];
            JsonBuffer b = new JsonBuffer(64);
            for (int i = 0; i < keys.length; i++) {
                b.reset();
                b.string(keys[i]).ascii(": ");
                encoded[i] = Arrays.copyOf(b.array(), b.length());
            }
        }
    }

    JsonEmitter(JsonBuffer out, JsonStyle style) {
        this.out = out;
        this.style = style;
    }

    void value(Object v, int depth, Object where) {
        if (v == null) {
            out.ascii("null");
            return;
        }
        // Exact-class checks first: the common leaves and frozen maps, without interface tests.
        Class<?> c = v.getClass();
        if (c == String.class) {
            out.string((String) v);
        } else if (c == Double.class) {
            out.number(((Double) v).doubleValue());
        } else if (c == Long.class) {
            out.number(((Long) v).longValue());
        } else if (c == FrozenMap.class) {
            frozenMap((FrozenMap<?>) v, depth, where);
        } else if (c == Boolean.class) {
            out.ascii((Boolean) v ? "true" : "false");
        } else {
            other(v, depth, where);
        }
    }

    /** How a class of value is written, decided once per class (see {@link #KIND}). */
    private enum Kind {
        STRING, DOUBLE, INTEGRAL, BOOLEAN, MAP, LIST, COLLECTION, PARAMS, FLOAT, BIG_INTEGER, CHARS, OBJECTS,
        DOUBLES, LONGS, INTS, UNSUPPORTED
    }

    /**
     * The kind of each value class. Interface tests ({@code instanceof List}, {@code Map},
     * {@code RandomAccess}) on the same immutable-list class in a row keep evicting each other
     * from the JVM's one-entry subtype cache, which made them the most expensive step of
     * writing a record; a class value answers once per class.
     */
    private static final ClassValue<Kind> KIND = new ClassValue<>() {
        @Override
        protected Kind computeValue(Class<?> c) {
            if (String.class.isAssignableFrom(c)) {
                return Kind.STRING;
            }
            if (c == Double.class) {
                return Kind.DOUBLE;
            }
            if (c == Long.class || c == Integer.class || c == Short.class || c == Byte.class) {
                return Kind.INTEGRAL;
            }
            if (c == Boolean.class) {
                return Kind.BOOLEAN;
            }
            if (Map.class.isAssignableFrom(c)) {
                return Kind.MAP;
            }
            if (List.class.isAssignableFrom(c) && RandomAccess.class.isAssignableFrom(c)) {
                return Kind.LIST;
            }
            if (Collection.class.isAssignableFrom(c)) {
                return Kind.COLLECTION;
            }
            if (Params.class.isAssignableFrom(c)) {
                return Kind.PARAMS;
            }
            if (c == Float.class) {
                return Kind.FLOAT;
            }
            if (BigInteger.class.isAssignableFrom(c)) {
                return Kind.BIG_INTEGER;
            }
            if (CharSequence.class.isAssignableFrom(c)) {
                return Kind.CHARS;
            }
            if (Object[].class.isAssignableFrom(c)) {
                return Kind.OBJECTS;
            }
            if (c == double[].class) {
                return Kind.DOUBLES;
            }
            if (c == long[].class) {
                return Kind.LONGS;
            }
            if (c == int[].class) {
                return Kind.INTS;
            }
            return Kind.UNSUPPORTED;
        }
    };

    private void other(Object v, int depth, Object where) {
        switch (KIND.get(v.getClass())) {
            case STRING -> out.string((String) v);
            case DOUBLE -> out.number(((Double) v).doubleValue());
            case INTEGRAL -> out.number(((Number) v).longValue());
            case BOOLEAN -> out.ascii((Boolean) v ? "true" : "false");
            case MAP -> map((Map<?, ?>) v, depth, where);
            case LIST -> list((List<?>) v, depth, where);
            case COLLECTION -> {
                Collection<?> c = (Collection<?>) v;
                iterable(c.iterator(), c.isEmpty(), depth, where);
            }
            case PARAMS -> params((Params) v, depth);
            case FLOAT -> out.number(((Float) v).doubleValue());
            case BIG_INTEGER -> out.ascii(v.toString());
            case CHARS -> out.string(v.toString());
            case OBJECTS -> list(Arrays.asList((Object[]) v), depth, where);
            case DOUBLES -> {
                double[] a = (double[]) v;
                iterable(Arrays.stream(a).boxed().iterator(), a.length == 0, depth, where);
            }
            case LONGS -> {
                long[] a = (long[]) v;
                iterable(Arrays.stream(a).boxed().iterator(), a.length == 0, depth, where);
            }
            case INTS -> {
                int[] a = (int[]) v;
                iterable(Arrays.stream(a).boxed().iterator(), a.length == 0, depth, where);
            }
            default -> throw new OmegaLockException("cannot write a " + v.getClass().getName() + " as JSON (at "
                    + where + "); use maps, lists, strings, numbers, booleans or null");
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
            int[] order = keySet(keys).order;
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

    private void frozenMap(FrozenMap<?> f, int depth, Object where) {
        int n = f.size();
        if (n == 0) {
            out.ascii("{}");
            return;
        }
        KeySet ks = keySet(f, where);
        int[] order = ks.order;
        byte[][] encoded = ks.encoded;
        out.ascii('{');
        for (int i = 0; i < n; i++) {
            int k = order == null ? i : order[i];
            separator(i, depth + 1);
            byte[] e = encoded[k];
            out.bytes(e, 0, e.length);
            value(f.valueAt(k), depth + 1, ks.keys[k]);
        }
        close('}', depth);
    }

    /** @return the cached key set of a frozen map, by key array identity first, then by keys */
    private KeySet keySet(FrozenMap<?> f, Object where) {
        Object[] arr = f.keyArray();
        int n = f.size();
        for (KeySet ks : keySets) {
            if (ks != null && ks.array == arr && ks.keys.length == n) {
                return ks;
            }
        }
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key(f.keyAt(i), where);
        }
        KeySet ks = keySet(keys);
        ks.array = arr;
        return ks;
    }

    /** @return the cached key set of these keys, made (and sorted, in the canonical style) on a miss */
    private KeySet keySet(String[] keys) {
        for (KeySet ks : keySets) {
            if (ks != null && sameKeys(ks.keys, keys)) {
                return ks;
            }
        }
        KeySet ks = new KeySet(keys.clone(), style.sortKeys && keys.length > 1 ? sort(keys) : null);
        keySets[nextSlot] = ks;
        nextSlot = (nextSlot + 1) % KEY_CACHE;
        return ks;
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

    /** @return positions of the keys in code-point order */
    private static int[] sort(String[] keys) {
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
        int[] order = style.sortKeys && n > 1 ? keySet(keys).order : null;
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
