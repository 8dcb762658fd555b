package io.omegalock.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable map with string keys in insertion order, as JSON objects and record fields
 * hold them: null values allowed, a repeated key keeps its first position and its last
 * value. Every instance owns its arrays (a copy, or a {@link Builder} that is used up), so
 * holders such as {@code EvalResult} and {@code AuditRecord} keep a frozen map as it is
 * instead of copying it again. Backed by two arrays, so it is small and iterates quickly;
 * lookups scan up to {@value #SCAN_LIMIT} keys and use a hash index beyond that.
 *
 * @param <V> the value type
 */
public final class FrozenMap<V> extends AbstractMap<String, V> {
    private static final int SCAN_LIMIT = 12;
    private static final FrozenMap<?> EMPTY = new FrozenMap<>(new Object[0], new Object[0], 0, null);

    /** Object, not String: a map reached through an unchecked cast may hold other keys. */
    private final Object[] keys;
    private final Object[] values;
    private final int size;
    private final Map<Object, Integer> index;
    private Set<Map.Entry<String, V>> entries;

    private FrozenMap(Object[] keys, Object[] values, int size, Map<Object, Integer> index) {
        this.keys = keys;
        this.values = values;
        this.size = size;
        this.index = index;
    }

    /** @return the empty frozen map */
    @SuppressWarnings("unchecked")
    public static <V> FrozenMap<V> empty() {
        return (FrozenMap<V>) EMPTY;
    }

    /**
     * @param source any map with string keys (null keys are kept as they are)
     * @return the source itself when it is frozen already, otherwise a frozen copy in its
     *     iteration order
     */
    @SuppressWarnings("unchecked")
    public static <V> FrozenMap<V> copyOf(Map<String, ? extends V> source) {
        if (source instanceof FrozenMap<?> f) {
            return (FrozenMap<V>) f;
        }
        Builder<V> b = new Builder<>(source.size());
        b.putAll(source);
        return b.build();
    }

    /**
     * @param keys   keys in order, distinct
     * @param values one value per key
     * @return a frozen map of copies of both arrays
     * @throws IllegalArgumentException when the lengths differ or a key repeats
     */
    public static <V> FrozenMap<V> ofArrays(String[] keys, Object[] values) {
        if (keys.length != values.length) {
            throw new IllegalArgumentException(keys.length + " keys but " + values.length + " values");
        }
        Builder<V> b = new Builder<>(keys.length);
        for (int i = 0; i < keys.length; i++) {
            if (b.find(keys[i]) >= 0) {
                throw new IllegalArgumentException("repeated key '" + keys[i] + "'");
            }
            @SuppressWarnings("unchecked")
            V v = (V) values[i];
            b.put(keys[i], v);
        }
        return b.build();
    }

    /**
     * A fixed list of distinct keys, checked once, that many frozen maps share (the parameter
     * names of a space, for example).
     */
    public static final class Keys {
        private final Object[] keys;
        private final Map<Object, Integer> index;

        private Keys(Object[] keys, Map<Object, Integer> index) {
            this.keys = keys;
            this.index = index;
        }

        /**
         * @param names distinct keys, in order
         * @return the key list
         * @throws IllegalArgumentException when a key repeats
         */
        public static Keys of(java.util.List<String> names) {
            Map<Object, Integer> idx = new HashMap<>();
            Object[] k = names.toArray();
            for (int i = 0; i < k.length; i++) {
                if (idx.put(k[i], i) != null) {
                    throw new IllegalArgumentException("repeated key '" + k[i] + "'");
                }
            }
            return new Keys(k, k.length > SCAN_LIMIT ? idx : null);
        }

        /** @return how many keys */
        public int size() {
            return keys.length;
        }
    }

    /**
     * @param keys   the shared key list
     * @param values one value per key, copied
     * @return a frozen map
     * @throws IllegalArgumentException when the lengths differ
     */
    public static <V> FrozenMap<V> of(Keys keys, Object[] values) {
        if (keys.keys.length != values.length) {
            throw new IllegalArgumentException(keys.keys.length + " keys but " + values.length + " values");
        }
        return values.length == 0 ? empty() : new FrozenMap<>(keys.keys, values.clone(), values.length, keys.index);
    }

    /**
     * @param expectedSize how many keys are expected (grows beyond)
     * @return a builder whose {@link Builder#build()} hands its arrays over without copying
     */
    public static <V> Builder<V> builder(int expectedSize) {
        return new Builder<>(expectedSize);
    }

    /** Collects entries in order; {@link #build()} may be called once. */
    public static final class Builder<V> {
        private Object[] keys;
        private Object[] values;
        private int size;
        private Map<Object, Integer> index;

        private Builder(int expectedSize) {
            int n = Math.max(expectedSize, 4);
            keys = new Object[n];
            values = new Object[n];
        }

        /**
         * Adds an entry, or replaces the value of a key already added (keeping its position).
         *
         * @param key   the key
         * @param value the value, may be null
         * @return this builder
         * @throws IllegalStateException after {@link #build()}
         */
        public Builder<V> put(String key, V value) {
            return putRaw(key, value);
        }

        private Builder<V> putRaw(Object key, Object value) {
            if (keys == null) {
                throw new IllegalStateException("this builder was built already");
            }
            int i = find(key);
            if (i >= 0) {
                values[i] = value;
                return this;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size] = value;
            if (index != null) {
                index.put(key, size);
            } else if (size == SCAN_LIMIT) {
                index = new HashMap<>();
                for (int j = 0; j <= size; j++) {
                    index.put(keys[j], j);
                }
            }
            size++;
            return this;
        }

        /**
         * @param m entries to add in its iteration order
         * @return this builder
         */
        public Builder<V> putAll(Map<String, ? extends V> m) {
            if (m instanceof FrozenMap<? extends V> f) {
                for (int i = 0; i < f.size; i++) {
                    putRaw(f.keys[i], f.values[i]);
                }
            } else {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    putRaw(e.getKey(), e.getValue());
                }
            }
            return this;
        }

        int find(Object key) {
            return indexOf(keys, size, index, key);
        }

        /** @return the map; this builder cannot be used afterwards */
        public FrozenMap<V> build() {
            return build(null);
        }

        /**
         * Builds the map, sharing the key array of {@code like} when the keys are the same, in
         * the same order: a reader building many maps of one shape keeps one key array.
         *
         * @param like a map of the expected shape, or null
         * @return the map; this builder cannot be used afterwards
         */
        public FrozenMap<V> build(FrozenMap<?> like) {
            if (keys == null) {
                throw new IllegalStateException("this builder was built already");
            }
            FrozenMap<V> m;
            if (size == 0) {
                m = empty();
            } else if (like != null && like.size == size && sameKeys(like.keys)) {
                m = new FrozenMap<>(like.keys, trimmed(values), size, like.index);
            } else {
                m = new FrozenMap<>(trimmed(keys), trimmed(values), size, index);
            }
            keys = null;
            values = null;
            return m;
        }

        private boolean sameKeys(Object[] other) {
            for (int i = 0; i < size; i++) {
                if (keys[i] != other[i] && !Objects.equals(keys[i], other[i])) {
                    return false;
                }
            }
            return true;
        }

        private Object[] trimmed(Object[] a) {
            return a.length == size ? a : Arrays.copyOf(a, size);
        }
    }

    /** @return the key at a position in insertion order (a string unless reached unchecked) */
    Object keyAt(int i) {
        return keys[i];
    }

    /** @return a map with the keys (and key array) of {@code like} and these values, owned by it */
    static <V> FrozenMap<V> adoptValues(FrozenMap<?> like, Object[] values) {
        return new FrozenMap<>(like.keys, values, like.size, like.index);
    }

    /** @return the key array, shared with other maps of the same {@link Keys}; never modified */
    Object[] keyArray() {
        return keys;
    }

    /** @return the value at a position in insertion order */
    Object valueAt(int i) {
        return values[i];
    }

    private int find(Object key) {
        return indexOf(keys, size, index, key);
    }

    /** @return the position of key among the first n keys (through the index when there is one), or -1 */
    private static int indexOf(Object[] keys, int n, Map<Object, Integer> index, Object key) {
        if (index != null) {
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }
        // Keys are mostly looked up with the very string that was put (a constant): identity first,
        // which spares the quick compiler's String.equals calls on the keys before it.
        for (int i = 0; i < n; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (Objects.equals(keys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = find(key);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    @SuppressWarnings("unchecked")
    public V getOrDefault(Object key, V defaultValue) {
        int i = find(key);
        return i < 0 ? defaultValue : (V) values[i];
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void forEach(BiConsumer<? super String, ? super V> action) {
        BiConsumer raw = action; // no cast of the key: see keys
        for (int i = 0; i < size; i++) {
            raw.accept(keys[i], values[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        Set<Map.Entry<String, V>> e = entries;
        if (e == null) {
            e = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, V>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        @SuppressWarnings({"unchecked", "rawtypes"})
                        public Map.Entry<String, V> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new AbstractMap.SimpleImmutableEntry(keys[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
            entries = e;
        }
        return e;
    }
}
