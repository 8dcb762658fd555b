package io.omegalock.json;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes kept in memory as a list of chunks: the target of a {@link JsonBuffer} whose output
 * belongs to a later place in a document (the hash chain after the records, or records encoded
 * before the file's header is known). Nothing is copied again when it grows; {@link #writeTo}
 * hands the chunks to the document's buffer as they are.
 *
 * <p>Not thread-safe; one writer, then one reader.
 */
public final class ByteChunks extends OutputStream {
    private final List<byte[]> chunks = new ArrayList<>();
    private long size;

    @Override
    public void write(int b) {
        chunks.add(new byte[] {(byte) b});
        size++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (len > 0) {
            byte[] copy = new byte[len];
            System.arraycopy(b, off, copy, 0, len);
            chunks.add(copy);
            size += len;
        }
    }

    /** @return bytes held */
    public long size() {
        return size;
    }

    /** Drops every chunk. */
    public void clear() {
        chunks.clear();
        size = 0;
    }

    /**
     * Appends the held bytes to a buffer: passed straight to its sink when it has one.
     *
     * @param out the buffer
     * @throws java.io.UncheckedIOException when the buffer's sink fails
     */
    public void writeTo(JsonBuffer out) {
        for (byte[] c : chunks) {
            out.chunk(c);
        }
    }
}
