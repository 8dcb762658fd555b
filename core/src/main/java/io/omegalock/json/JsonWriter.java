package io.omegalock.json;

import io.omegalock.OmegaLockException;
import java.io.UncheckedIOException;

/**
 * Writes artifacts as plain JSON with Python's spellings (ASCII escapes, {@code repr} floats,
 * {@code NaN}/{@code Infinity}), keys in insertion order: pretty is {@code json.dumps(obj,
 * indent=2)}, compact is {@code json.dumps(obj)}. Shares all number and string code with
 * {@link CanonicalJson}.
 *
 * <p>Accepted values: {@code null}, booleans, strings, integral numbers (including
 * {@link java.math.BigInteger}), doubles and floats, maps with string keys, collections,
 * arrays and {@link io.omegalock.space.Params}.
 */
public final class JsonWriter {
    private JsonWriter() {
    }

    /**
     * Streams a value to an {@link Appendable} in chunks (a large report never sits in memory as
     * one string).
     *
     * @param value  a JSON-compatible value
     * @param out    the destination
     * @param pretty two-space indentation when true, one line otherwise
     * @throws OmegaLockException   when the value holds something JSON cannot express, naming the key
     * @throws UncheckedIOException when the destination fails
     */
    public static void write(Object value, Appendable out, boolean pretty) {
        JsonEmitter e = new JsonEmitter(new StringBuilder(1 << 12), pretty ? JsonStyle.PRETTY : JsonStyle.COMPACT, out);
        e.value(value, 0, "top level");
        e.flush();
    }

    /**
     * @param value  a JSON-compatible value
     * @param pretty two-space indentation when true, one line otherwise
     * @return the JSON text
     * @throws OmegaLockException when the value holds something JSON cannot express, naming the key
     */
    public static String toString(Object value, boolean pretty) {
        StringBuilder sb = new StringBuilder(256);
        new JsonEmitter(sb, pretty ? JsonStyle.PRETTY : JsonStyle.COMPACT, null).value(value, 0, "top level");
        return sb.toString();
    }
}
