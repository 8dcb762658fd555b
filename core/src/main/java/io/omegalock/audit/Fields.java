package io.omegalock.audit;

import java.util.Map;

/** Read access to an object's fields, from a map or from slots filled by the parser. */
interface Fields {
    boolean has(String key);

    Object get(String key);

    /** @return the fields of a parsed map */
    static Fields of(Map<String, Object> m) {
        return new Fields() {
            @Override
            public boolean has(String key) {
                return m.containsKey(key);
            }

            @Override
            public Object get(String key) {
                return m.get(key);
            }
        };
    }
}
