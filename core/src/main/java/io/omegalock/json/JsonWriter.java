package io.omegalock.json;

import io.omegalock.OmegaLockException;
import java.io.IOException;
import java.io.OutputStream;
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
        write(value, new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.append((char) (b & 0xff));
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                StringBuilder sb = new StringBuilder(len);
                for (int i = 0; i < len; i++) {
                    sb.append((char) (b[off + i] & 0xff));
                }
                out.append(sb);
            }
        }, pretty);
    }

    /**
     * Streams a value as ASCII bytes in 64 KiB chunks. The stream is not closed.
     *
     * @param value  a JSON-compatible value
     * @param out    the destination
     * @param pretty two-space indentation when true, one line otherwise
     * @throws OmegaLockException   when the value holds something JSON cannot express, naming the key
     * @throws UncheckedIOException when the destination fails
     */
    public static void write(Object value, OutputStream out, boolean pretty) {
        JsonBuffer b = new JsonBuffer(JsonBuffer.CHUNK + 1024).to(out);
        b.value(value, pretty ? JsonStyle.PRETTY : JsonStyle.COMPACT, 0);
        b.flush();
    }

    /**
     * @param value  a JSON-compatible value
     * @param pretty two-space indentation when true, one line otherwise
     * @return the JSON text
     * @throws OmegaLockException when the value holds something JSON cannot express, naming the key
     */
    public static String toString(Object value, boolean pretty) {
        return new JsonBuffer(256).value(value, pretty ? JsonStyle.PRETTY : JsonStyle.COMPACT, 0).toString();
    }
}
