package io.omegalock.cli.spec;

import java.util.List;
import java.util.Map;

/**
 * A mapping of a spec file with its key path: rejects unknown keys, reads required and
 * optional keys, and treats an explicit {@code null} like an absent key (YAML's {@code key:}
 * with no value).
 */
final class SpecMap {
    private final SpecNode node;
    private final Map<String, Object> map;

    SpecMap(SpecNode node, Map<String, Object> map) {
        this.node = node;
        this.map = map;
    }

    /** @return the node of the mapping itself */
    SpecNode node() {
        return node;
    }

    /**
     * @param known every key this mapping may hold, in the order to list them
     * @throws io.omegalock.BadInputException naming the first unknown key and the known ones
     */
    void allowOnly(List<String> known) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                throw node.child(key, map.get(key)).error("unknown key (expected one of " + String.join(", ", known) + ")");
            }
        }
    }

    /** @return true when the key is present with a non-null value */
    boolean has(String key) {
        return map.get(key) != null;
    }

    /** @return the keys present, in document order */
    java.util.Set<String> keys() {
        return map.keySet();
    }

    /** @return the node under the key, or null when the key is absent or null */
    SpecNode opt(String key) {
        Object v = map.get(key);
        return v == null ? null : node.child(key, v);
    }

    /** @return the node under the key (absent or null: an error naming it) */
    SpecNode require(String key) {
        Object v = map.get(key);
        if (v == null) {
            throw node.child(key, null).error(map.containsKey(key) ? "must have a value" : "required key is missing");
        }
        return node.child(key, v);
    }

    String string(String key, String def) {
        SpecNode n = opt(key);
        return n == null ? def : n.asString();
    }

    double number(String key, double def) {
        SpecNode n = opt(key);
        return n == null ? def : n.asDouble();
    }

    Double numberOrNull(String key) {
        SpecNode n = opt(key);
        return n == null ? null : n.asDouble();
    }

    int integer(String key, int def) {
        SpecNode n = opt(key);
        return n == null ? def : n.asInt();
    }

    long longInteger(String key, long def) {
        SpecNode n = opt(key);
        return n == null ? def : n.asLong();
    }

    boolean bool(String key, boolean def) {
        SpecNode n = opt(key);
        return n == null ? def : n.asBoolean();
    }
}
