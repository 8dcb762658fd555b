package io.omegalock.json;

import io.omegalock.OmegaLockException;

/**
 * Python's {@code json.dumps(obj, sort_keys=True)}, byte for byte: the payload the audit hash
 * chain hashes (SPEC §9). Separators {@code ", "} and {@code ": "}, keys sorted by code point
 * at every level, ASCII-only output with lowercase {@code \\uXXXX} escapes, numbers as
 * {@link PyFloat#repr(double)} and plain integers. Integer and floating values stay distinct:
 * {@code 5L} prints {@code 5}, {@code 5.0} prints {@code 5.0}. For many values in a row, write
 * into one reused {@link JsonBuffer} with {@link JsonBuffer#canonical(Object)}.
 */
public final class CanonicalJson {
    private CanonicalJson() {
    }

    /**
     * @param value a JSON-compatible value (see {@link JsonWriter} for the accepted types)
     * @return its canonical JSON text
     * @throws OmegaLockException when the value holds something JSON cannot express, naming the key
     */
    public static String of(Object value) {
        return new JsonBuffer(256).canonical(value).toString();
    }

    /**
     * Appends the canonical JSON of a value to a builder.
     *
     * @param value a JSON-compatible value
     * @param out   where to append; not cleared first
     * @throws OmegaLockException when the value holds something JSON cannot express, naming the key
     */
    public static void write(Object value, StringBuilder out) {
        new JsonBuffer(256).canonical(value).appendTo(out);
    }

    /**
     * Appends a string literal exactly as canonical JSON escapes it.
     *
     * @param s   the string
     * @param out where to append
     */
    public static void writeString(String s, StringBuilder out) {
        new JsonBuffer(s.length() + 16).string(s).appendTo(out);
    }
}
