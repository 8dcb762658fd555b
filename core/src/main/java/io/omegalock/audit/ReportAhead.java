package io.omegalock.audit;

import io.omegalock.Threads;
import io.omegalock.json.ByteChunks;
import io.omegalock.json.JsonBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Lays out a trail's report records, and their hash chain, on background threads while the
 * run is still producing them: a committed record is final, so the pretty bytes and the chain
 * entry it will have in the report can be made as soon as it exists. Writing the report at
 * the end then only copies bytes (see {@link AuditTrail.Builder#encodeReportAhead}).
 *
 * <p>Two lanes, each a thread of its own: the first lays out the record objects and makes each
 * record's canonical JSON, the second computes the chain from those bytes (SHA-256, inherently one
 * record after another, the larger cost in a JVM running its quick compiler only). Side by side
 * with the run they finish soon after it.
 *
 * <p>The bytes are used only for a report whose records are exactly those encoded, the same
 * objects in the same order; otherwise, or if encoding failed or outgrew its memory cap, the
 * report is written the ordinary way. Either way the file is the same.
 */
final class ReportAhead implements TrailSink {

    /**
     * Records and chain entries laid out as {@link RecordSections} does, ready to be copied. The
     * chain comes later: the report's records are written while the chain lane finishes.
     *
     * @param runs  the {@code runs} elements
     * @param chain waits for the chain lane and gives the {@code hash_chain} elements, or null
     *              when they must be computed the ordinary way
     */
    record Encoded(ByteChunks runs, Supplier<ByteChunks> chain) {
    }

    /** A record with its canonical JSON, handed from the first lane to the second. */
    private record Canonical(AuditRecord record, byte[] bytes) {
    }

    private final Lane<Canonical> chain;
    private final Lane<AuditRecord> runs;

    /** @param limitBytes laid-out bytes beyond which encoding ahead stops (the report is then written the ordinary way) */
    ReportAhead(long limitBytes) {
        chain = new Lane<>("omega-lock-report-chain", limitBytes, buffer -> {
            RecordSections.Chain entries = new RecordSections.Chain(buffer);
            return c -> {
                entries.add(c.record(), c.bytes());
                return c.record();
            };
        });
        runs = new Lane<>("omega-lock-report-runs", limitBytes, buffer -> {
            RecordSections.Runs records = new RecordSections.Runs(buffer);
            JsonBuffer canonical = new JsonBuffer(1024);
            return r -> {
                records.add(r);
                canonical.reset();
                r.writeCanonical(canonical);
                chain.offer(new Canonical(r, Arrays.copyOf(canonical.array(), canonical.length())));
                return r;
            };
        });
    }

    @Override
    public void accept(AuditRecord record) {
        runs.offer(record);
    }

    /**
     * Stops encoding, after every record accepted so far, and returns the bytes if they are
     * exactly the given records'. Call once, after the run (no record may be committed meanwhile),
     * and ask for the chain once.
     *
     * @param records the report's records
     * @return their laid-out bytes, or null when the report must be written the ordinary way
     */
    Encoded finish(List<AuditRecord> records) {
        ByteChunks r = runs.finish(records);
        // The first lane has handed the chain lane everything it will.
        return r == null ? null : new Encoded(r, () -> chain.finish(records));
    }

    /**
     * One layout fed from a queue by a thread of its own. The thread starts with the first
     * record, parks while none comes, and ends after a second without one (a new record starts
     * it again), so an abandoned trail leaves no thread behind.
     */
    private static final class Lane<T> {
        private static final long IDLE_EXIT_NANOS = TimeUnit.SECONDS.toNanos(1);
        private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

        private final String name;
        private final long limitBytes;
        private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean();
        private volatile boolean closed;
        private volatile Thread thread;

        // Owned by the lane's thread; handed to finish() through Thread.join.
        private final ByteChunks bytes = new ByteChunks();
        private final JsonBuffer buffer = new JsonBuffer(1 << 17).to(bytes);
        /** Lays out one item into the buffer and says which record it was. */
        private final Function<T, AuditRecord> layout;
        private final List<AuditRecord> encoded = new ArrayList<>();
        private boolean gaveUp;

        /**
         * @param name       the thread's name
         * @param limitBytes laid-out bytes beyond which the lane gives up
         * @param layout     makes the lane's layout over its buffer
         */
        Lane(String name, long limitBytes, Function<JsonBuffer, Function<T, AuditRecord>> layout) {
            this.name = name;
            this.limitBytes = limitBytes;
            this.layout = layout.apply(buffer);
        }

        void offer(T item) {
            if (closed) {
                return;
            }
            queue.offer(item);
            // A plain read first: once the thread runs, each record costs no atomic instruction here.
            if (!running.get() && running.compareAndSet(false, true)) {
                Thread t = new Thread(this::drain, name);
                t.setDaemon(true);
                thread = t;
                t.start();
            }
        }

        private void drain() {
            long park = 10_000;
            long idleSince = System.nanoTime();
            while (true) {
                T item = queue.poll();
                if (item != null) {
                    encode(item);
                    park = 10_000;
                    idleSince = System.nanoTime();
                    continue;
                }
                if (closed || System.nanoTime() - idleSince > IDLE_EXIT_NANOS) {
                    running.set(false);
                    // A record offered after the poll above and before running was cleared found
                    // the flag set and started no thread: take it up here.
                    if (closed || queue.isEmpty() || !running.compareAndSet(false, true)) {
                        return;
                    }
                    continue;
                }
                LockSupport.parkNanos(this, park);
                park = Math.min(park * 2, MAX_PARK_NANOS);
            }
        }

        private void encode(T item) {
            if (gaveUp) {
                return;
            }
            try {
                encoded.add(layout.apply(item));
                if (bytes.size() + buffer.length() > limitBytes) {
                    giveUp();
                }
            } catch (RuntimeException e) {
                // The ordinary writer meets the same record and reports the problem to the caller.
                giveUp();
            }
        }

        private void giveUp() {
            gaveUp = true;
            bytes.clear();
            encoded.clear();
        }

        ByteChunks finish(List<AuditRecord> records) {
            closed = true;
            Thread t = thread;
            if (t != null) {
                LockSupport.unpark(t);
                Threads.joinUninterruptibly(t);
            }
            for (T item = queue.poll(); item != null; item = queue.poll()) {
                encode(item);
            }
            if (gaveUp || !sameRecords(records)) {
                return null;
            }
            buffer.flush();
            return bytes;
        }

        private boolean sameRecords(List<AuditRecord> records) {
            if (records.size() != encoded.size()) {
                return false;
            }
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i) != encoded.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
