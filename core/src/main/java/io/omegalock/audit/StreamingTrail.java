package io.omegalock.audit;

import io.omegalock.json.JsonBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends every committed record to a file as one JSON line carrying its chain link, so a
 * killed process loses at most the record in flight. Line format (itself canonical JSON,
 * keys sorted):
 *
 * <pre>{"call_index": 0, "previous_hash": null, "record": {...canonical record...}, "run_hash": "9f2c..."}</pre>
 *
 * <p>The {@code record} text is exactly the hashed payload, so a reader can recompute each
 * {@code run_hash} from the line alone. Each line goes to the operating system in one write
 * call ({@link Durability#FLUSH}); {@link Durability#FSYNC} also forces it to the disk, which
 * survives a power cut at the cost of a sync per record. Register it with
 * {@link AuditTrail.Builder#sink}; read it back with {@link TrailFile}.
 */
public final class StreamingTrail implements TrailSink, AutoCloseable {

    /** How far each record is pushed before the commit returns. */
    public enum Durability {
        /** Written to the OS per record: survives the process being killed. */
        FLUSH,
        /** Also fsync'ed per record: survives a machine crash. */
        FSYNC
    }

    private final Path file;
    private final FileChannel channel;
    private final Durability durability;
    private final RecordHasher hasher = new RecordHasher();
    private final JsonBuffer line = new JsonBuffer(2048);
    private String lastHash;
    private long count;

    private StreamingTrail(Path file, Durability durability) throws IOException {
        this.file = file;
        this.durability = durability;
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * @param file       the trail file, created or replaced
     * @param durability flush per record, or flush and fsync
     * @return an open streaming trail
     * @throws UncheckedIOException when the file cannot be opened
     */
    public static StreamingTrail create(Path file, Durability durability) {
        try {
            return new StreamingTrail(file, durability);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open trail file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void accept(AuditRecord record) {
        String previous = lastHash;
        String hash = hasher.hash(previous, record);
        JsonBuffer payload = hasher.lastPayload();
        line.reset();
        line.ascii("{\"call_index\": ").number(record.callIndex()).ascii(", \"previous_hash\": ");
        if (previous == null) {
            line.ascii("null");
        } else {
            line.string(previous);
        }
        line.ascii(", \"record\": ").bytes(payload.array(), 0, payload.length());
        line.ascii(", \"run_hash\": \"").bytes(hasher.lastHex(), 0, 64).ascii("\"}\n");
        try {
            ByteBuffer buf = ByteBuffer.wrap(line.array(), 0, line.length());
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            if (durability == Durability.FSYNC) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append record " + record.callIndex() + " to trail file " + file
                    + ": " + e.getMessage(), e);
        }
        lastHash = hash;
        count++;
    }

    /** @return run hash of the last record written, null before the first */
    public synchronized String lastHash() {
        return lastHash;
    }

    /** @return records written */
    public synchronized long count() {
        return count;
    }

    /** @return the file being written */
    public Path file() {
        return file;
    }

    /** @throws UncheckedIOException when closing fails */
    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close trail file " + file + ": " + e.getMessage(), e);
        }
    }
}
