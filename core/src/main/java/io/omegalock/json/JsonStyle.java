package io.omegalock.json;

/**
 * How {@link JsonEmitter} lays values out. Every style escapes strings to ASCII and prints
 * numbers as Python does, so the only differences are key order and whitespace.
 */
public enum JsonStyle {
    /** Python {@code json.dumps(obj, sort_keys=True)}: the hashed form (SPEC §9). */
    CANONICAL(true, false),
    /** Python {@code json.dumps(obj)}: one line, keys in insertion order. */
    COMPACT(false, false),
    /** Python {@code json.dumps(obj, indent=2)}: keys in insertion order. */
    PRETTY(false, true);

    final boolean sortKeys;
    final boolean indent;

    JsonStyle(boolean sortKeys, boolean indent) {
        this.sortKeys = sortKeys;
        this.indent = indent;
    }
}
