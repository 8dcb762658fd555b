package io.omegalock.json;

import io.omegalock.OmegaLockException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that JSON is written into. Every layout this package writes is
 * ASCII (strings escape everything outside 0x20-0x7E), so one char is one byte, a hash can
 * digest the bytes as they are, and a file gets them without an encoder. Reuse one buffer
 * for many records: {@link #reset()} keeps the capacity.
 *
 * <p>With a sink ({@link #to(OutputStream)}), {@link #drainIfFull()} hands full buffers over
 * so a large document never sits in memory; without one the buffer simply grows.
 *
 * <p>Not thread-safe.
 */
public final class JsonBuffer {
    static final int CHUNK = 1 << 16;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** A newline and indentation for up to 15 levels. */
    private static final byte[] INDENT = ("\n" + "  ".repeat(15)).getBytes(StandardCharsets.US_ASCII);

    private byte[] buf;
    private int len;
    private OutputStream sink;
    private JsonEmitter canonical;
    private JsonEmitter compact;
    private JsonEmitter pretty;

    /** A buffer of 1 KiB to start with. */
    public JsonBuffer() {
        this(1024);
    }

    /** @param capacity initial capacity in bytes */
    public JsonBuffer(int capacity) {
        buf = new byte[Math.max(capacity, 64)];
    }

    /**
     * @param out where {@link #drainIfFull()} and {@link #flush()} write; null for none
     * @return this buffer
     */
    public JsonBuffer to(OutputStream out) {
        this.sink = out;
        return this;
    }

    /** Empties the buffer, keeping its capacity. */
    public void reset() {
        len = 0;
    }

    /** @return bytes written since the last reset or flush */
    public int length() {
        return len;
    }

    /** @return the backing array, valid from 0 to {@link #length()} until the next write */
    public byte[] array() {
        return buf;
    }

    /**
     * @param n a length at most {@link #length()}
     * @throws IllegalArgumentException when n is out of range
     */
    public void truncate(int n) {
        if (n < 0 || n > len) {
            throw new IllegalArgumentException("cannot truncate " + len + " bytes to " + n);
        }
        len = n;
    }

    /** @return the buffered text (ASCII) */
    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.ISO_8859_1);
    }

    /**
     * Appends the buffered text to a builder (one char per byte).
     *
     * @param out the builder
     */
    public void appendTo(StringBuilder out) {
        out.ensureCapacity(out.length() + len);
        for (int i = 0; i < len; i++) {
            out.append((char) (buf[i] & 0xff));
        }
    }

    /**
     * Writes the buffered bytes to the sink and empties the buffer; does nothing without one.
     *
     * @throws UncheckedIOException when the sink fails
     */
    public void flush() {
        if (sink == null || len == 0) {
            return;
        }
        try {
            sink.write(buf, 0, len);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON failed: " + e.getMessage(), e);
        }
        len = 0;
    }

    /** Flushes when at least 64 KiB are buffered and there is a sink. */
    public void drainIfFull() {
        if (sink != null && len >= CHUNK) {
            flush();
        }
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(len + extra, buf.length * 2));
        }
    }

    /**
     * @param c an ASCII character
     * @return this buffer
     */
    public JsonBuffer ascii(char c) {
        ensure(1);
        buf[len++] = (byte) c;
        return this;
    }

    /**
     * Appends text known to be ASCII, unescaped (keys, punctuation, trusted tokens).
     *
     * @param s ASCII text
     * @return this buffer
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): the low byte of each char
    public JsonBuffer ascii(String s) {
        int n = s.length();
        ensure(n);
        s.getBytes(0, n, buf, len);
        len += n;
        return this;
    }

    /**
     * @param bytes ASCII bytes
     * @param off   first byte
     * @param n     how many
     * @return this buffer
     */
    public JsonBuffer bytes(byte[] bytes, int off, int n) {
        ensure(n);
        System.arraycopy(bytes, off, buf, len, n);
        len += n;
        return this;
    }

    /**
     * Appends a block of ASCII bytes that is already laid out (see {@link ByteChunks}). With a
     * sink, the buffer is flushed and the block written to the sink directly, without a copy.
     *
     * @param block ASCII bytes, all of them used
     * @return this buffer
     * @throws UncheckedIOException when the sink fails
     */
    public JsonBuffer chunk(byte[] block) {
        if (sink == null) {
            return bytes(block, 0, block.length);
        }
        flush();
        try {
            sink.write(block, 0, block.length);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON failed: " + e.getMessage(), e);
        }
        return this;
    }

    /**
     * @param v an integer
     * @return this buffer, with v in plain decimal
     */
    public JsonBuffer number(long v) {
        ensure(20);
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                return ascii("-9223372036854775808");
            }
            buf[len++] = '-';
            v = -v;
        }
        int n = 1;
        for (long p = 10; n < 19 && v >= p; p *= 10) {
            n++;
        }
        PyFloat.writeLong(v, buf, len, n);
        len += n;
        return this;
    }

    /**
     * @param v a double
     * @return this buffer, with v as Python's {@code repr} ({@code NaN}, {@code Infinity} and
     *     {@code -Infinity} for non-finite values)
     */
    public JsonBuffer number(double v) {
        ensure(PyFloat.MAX_REPR_LENGTH);
        len = PyFloat.writeRepr(v, buf, len);
        return this;
    }

    /**
     * Appends a JSON string literal, escaped to ASCII as Python's {@code json.dumps} does.
     *
     * @param s the string
     * @return this buffer
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): the low byte of each char
    public JsonBuffer string(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
                ensure(n + 2);
                buf[len] = '"';
                s.getBytes(0, i, buf, len + 1);
                return escaped(s, i);
            }
        }
        // Printable ASCII throughout: one bulk copy.
        ensure(n + 2);
        byte[] b = buf;
        b[len] = '"';
        s.getBytes(0, n, b, len + 1);
        b[len + 1 + n] = '"';
        len += n + 2;
        return this;
    }

    /** Writes the rest of a string literal from char {@code from} on, escaping as needed. */
    private JsonBuffer escaped(String s, int from) {
        int n = s.length();
        int p = len + 1 + from;
        byte[] b = buf;
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
                b[p++] = (byte) c;
                continue;
            }
            len = p;
            ensure(n - i + 7);
            b = buf;
            switch (c) {
                case '"' -> p = put2(b, p, '\\', '"');
                case '\\' -> p = put2(b, p, '\\', '\\');
                case '\n' -> p = put2(b, p, '\\', 'n');
                case '\r' -> p = put2(b, p, '\\', 'r');
                case '\t' -> p = put2(b, p, '\\', 't');
                case '\b' -> p = put2(b, p, '\\', 'b');
                case '\f' -> p = put2(b, p, '\\', 'f');
                default -> {
                    // UTF-16 already splits astral chars into the surrogate pair Python writes.
                    b[p++] = '\\';
                    b[p++] = 'u';
                    b[p++] = HEX[c >> 12];
                    b[p++] = HEX[(c >> 8) & 15];
                    b[p++] = HEX[(c >> 4) & 15];
                    b[p++] = HEX[c & 15];
                }
            }
        }
        b[p++] = '"';
        len = p;
        return this;
    }

    private static int put2(byte[] b, int p, char x, char y) {
        b[p] = (byte) x;
        b[p + 1] = (byte) y;
        return p + 2;
    }

    /**
     * Appends a newline and two spaces per level, as {@code json.dumps(indent=2)} does.
     *
     * @param depth nesting level
     * @return this buffer
     */
    public JsonBuffer newline(int depth) {
        int n = 1 + 2 * depth;
        ensure(n);
        if (n <= INDENT.length) {
            System.arraycopy(INDENT, 0, buf, len, n);
            len += n;
            return this;
        }
        buf[len++] = '\n';
        for (int i = 0; i < depth; i++) {
            buf[len++] = ' ';
            buf[len++] = ' ';
        }
        return this;
    }

    /**
     * Appends any JSON-compatible value in a layout (see {@link JsonWriter} for the types).
     * With {@link JsonStyle#PRETTY}, {@code depth} is the nesting level of the value's
     * opening bracket, so nested lines are indented to match what surrounds it.
     *
     * @param v     the value
     * @param style the layout
     * @param depth nesting level of the value
     * @return this buffer
     * @throws OmegaLockException when the value holds something JSON cannot express
     */
    public JsonBuffer value(Object v, JsonStyle style, int depth) {
        emitter(style).value(v, depth, "top level");
        return this;
    }

    /**
     * Appends the canonical JSON ({@link CanonicalJson}) of a value.
     *
     * @param v the value
     * @return this buffer
     * @throws OmegaLockException when the value holds something JSON cannot express
     */
    public JsonBuffer canonical(Object v) {
        return value(v, JsonStyle.CANONICAL, 0);
    }

    private JsonEmitter emitter(JsonStyle style) {
        switch (style) {
            case CANONICAL:
                if (canonical == null) {
                    canonical = new JsonEmitter(this, style);
                }
                return canonical;
            case COMPACT:
                if (compact == null) {
                    compact = new JsonEmitter(this, style);
                }
                return compact;
            default:
                if (pretty == null) {
                    pretty = new JsonEmitter(this, style);
                }
                return pretty;
        }
    }
}
