package io.omegalock.audit;

import io.omegalock.json.ByteChunks;
import io.omegalock.json.JsonBuffer;

/**
 * Lays out the two per-record arrays of a pretty report one record at a time: {@link Runs}
 * the record objects of {@code runs}, {@link Chain} the entries of {@code hash_chain} (each
 * computed from the record's canonical bytes and the previous entry). The report writer runs
 * both in turn with the file as the runs' buffer; {@link ReportAhead} runs each on a thread of
 * its own, into memory, while the run is still going. Either way the bytes are those of
 * {@link AuditReportCodec#writePretty}.
 *
 * <p>Each writes the elements with their separators, not the brackets. Not thread-safe.
 */
final class RecordSections {
    private RecordSections() {
    }

    /** The {@code runs} elements. */
    static final class Runs {
        private final JsonBuffer out;
        private int count;

        /** @param out where record objects go; drained after each record when it has a sink */
        Runs(JsonBuffer out) {
            this.out = out;
        }

        /** @param record the next record */
        void add(AuditRecord record) {
            if (count++ > 0) {
                out.ascii(',');
            }
            out.newline(2);
            record.writePretty(out, 2);
            out.drainIfFull();
        }
    }

    /** The {@code hash_chain} elements: computes the chain. */
    static final class Chain {
        private final JsonBuffer out;
        private final RecordHasher hasher = new RecordHasher();
        private final byte[] previousHex = new byte[64];
        private int count;

        /** @param out where chain entries go; drained after each entry when it has a sink */
        Chain(JsonBuffer out) {
            this.out = out;
        }

        /** @param record the next record */
        void add(AuditRecord record) {
            add(record, null);
        }

        /**
         * @param record    the next record
         * @param canonical its canonical JSON when made elsewhere ({@link ReportAhead}), else null
         */
        void add(AuditRecord record, byte[] canonical) {
            if (count > 0) {
                System.arraycopy(hasher.lastHex(), 0, previousHex, 0, 64);
                out.ascii(',');
            }
            if (canonical == null) {
                hasher.digestNext(record);
            } else {
                hasher.digestNext(canonical, canonical.length);
            }
            out.newline(2).ascii('{').newline(3).ascii("\"call_index\": ").number(record.callIndex());
            out.ascii(',').newline(3).ascii("\"previous_hash\": ");
            if (count == 0) {
                out.ascii("null");
            } else {
                out.ascii('"').bytes(previousHex, 0, 64).ascii('"');
            }
            out.ascii(',').newline(3).ascii("\"run_hash\": ").ascii('"').bytes(hasher.lastHex(), 0, 64).ascii('"');
            out.newline(2).ascii('}');
            out.drainIfFull();
            count++;
        }
    }

    /**
     * Writes an array of laid-out elements: {@code []} when there are none, else the elements
     * between brackets, the closing one on its own line at the report's first level.
     *
     * @param out      the report's buffer
     * @param count    how many elements
     * @param elements the elements' bytes
     */
    static void writeArray(JsonBuffer out, int count, ByteChunks elements) {
        if (count == 0) {
            out.ascii("[]");
            return;
        }
        out.ascii('[');
        elements.writeTo(out);
        out.newline(1).ascii(']');
    }
}
