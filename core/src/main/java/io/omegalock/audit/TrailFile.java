package io.omegalock.audit;

import io.omegalock.BadInputException;
import io.omegalock.BrokenTrailException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.omegalock.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads and verifies files written by {@link StreamingTrail}, one line at a time in constant
 * memory. Every complete line must parse, carry the next call index, link to the previous
 * line's hash, and hash to its {@code run_hash}; the first line that does not is reported
 * with its number. A last line without its newline is the record that was in flight when
 * the writer died: it is reported as {@link ChainVerdict.Truncated}, never silently dropped.
 */
public final class TrailFile {
    private TrailFile() {
    }

    /**
     * @param file a streamed trail
     * @return intact (count, last hash), broken (first bad entry and why, with its line) or truncated
     * @throws BadInputException when the file cannot be read
     */
    public static ChainVerdict verify(Path file) {
        return scan(file, r -> { });
    }

    /**
     * Streams the verified records of a trail to a consumer, stopping at the first bad line.
     *
     * @param file     a streamed trail
     * @param consumer receives each verified record in order
     * @return the verdict, as {@link #verify}
     * @throws BadInputException when the file cannot be read
     */
    public static ChainVerdict scan(Path file, Consumer<AuditRecord> consumer) {
        RecordHasher hasher = new RecordHasher();
        String previous = null;
        int index = 0;
        long lineNo = 0;
        String name = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            LineReader lines = new LineReader(in);
            RecordFields recordFields = new RecordFields();
            LineFields lineFields = new LineFields(recordFields);
            while (true) {
                boolean complete = lines.next();
                if (!complete && lines.length() == 0) {
                    return new ChainVerdict.Intact(index, previous);
                }
                lineNo++;
                if (!complete) {
                    return new ChainVerdict.Truncated(index, previous, lineNo);
                }
                AuditRecord record;
                ChainEntry entry;
                try {
                    if (!lineFields.parse(lines.array(), lines.length())) {
                        AuditReportCodec.map(lineFields.record(), name + " line " + lineNo); // throws: not an object
                    }
                    record = lineFields.record() == recordFields ? recordFields.build() : null;
                    if (record == null) {
                        record = AuditReportCodec.record(lineFields.record(), name + " line " + lineNo + ": record");
                    }
                    entry = lineFields.toEntry();
                    if (entry == null) {
                        entry = AuditReportCodec.chainEntry(lineFields, name + " line " + lineNo);
                    }
                } catch (BadInputException e) {
                    return new ChainVerdict.Broken(index, "line " + lineNo + " is not a trail entry: " + e.getMessage());
                }
                if (record.callIndex() != index) {
                    return new ChainVerdict.Broken(index, "line " + lineNo + ": call_index " + record.callIndex()
                            + ", expected " + index);
                }
                hasher.digest(previous, record);
                String problem = HashChain.check(index, record, entry, previous, hasher);
                if (problem != null) {
                    return new ChainVerdict.Broken(index, "line " + lineNo + ": " + problem);
                }
                consumer.accept(record);
                previous = entry.runHash();
                index++;
            }
        } catch (IOException e) {
            throw new BadInputException("cannot read trail file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The fields of one trail line, {@code {call_index, previous_hash, record, run_hash}}, read
     * with a streaming parser; the record object goes into reused slots. Errors read as those
     * of parsing the line into a map: "invalid JSON text", "expected a JSON object", ...
     */
    private static final class LineFields implements Fields {
        private final RecordFields recordSlots;
        private final Map<String, Object> other = new HashMap<>();
        private Object record;
        private boolean hasRecord;

        LineFields(RecordFields recordSlots) {
            this.recordSlots = recordSlots;
        }

        /**
         * @return true for an object; false for another value, which {@link #record()} then holds
         * @throws BadInputException when the line is not one JSON value
         */
        boolean parse(byte[] bytes, int length) {
            other.clear();
            record = null;
            hasRecord = false;
            try (JsonParser p = Json.parser(bytes, 0, length)) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    throw new BadInputException("JSON text is empty; expected a JSON value");
                }
                if (t != JsonToken.START_OBJECT) {
                    record = Json.readValue(p, t);
                    requireEnd(p);
                    return false;
                }
                for (String k = p.nextFieldName(); k != null; k = p.nextFieldName()) {
                    JsonToken vt = p.nextToken();
                    if (k.equals("record")) {
                        hasRecord = true;
                        if (vt == JsonToken.START_OBJECT) {
                            recordSlots.readFrom(p);
                            record = recordSlots;
                        } else {
                            record = Json.readValue(p, vt);
                        }
                    } else {
                        other.put(k, Json.readValue(p, vt));
                    }
                }
                requireEnd(p);
                return true;
            } catch (IOException e) {
                throw new BadInputException("invalid JSON text: " + Json.describe(e), e);
            }
        }

        /** @return the chain link when its three fields have the expected types, else null */
        ChainEntry toEntry() {
            Object callIndex = other.get("call_index");
            Object prev = other.get("previous_hash");
            Object hash = other.get("run_hash");
            if (callIndex instanceof Long c && hash instanceof String h && (prev == null
                    ? other.containsKey("previous_hash") : prev instanceof String)) {
                return new ChainEntry(c, (String) prev, h);
            }
            return null;
        }

        private static void requireEnd(JsonParser p) throws IOException {
            if (p.nextToken() != null) {
                throw new BadInputException("JSON text has extra content after the JSON value at line "
                        + p.currentLocation().getLineNr());
            }
        }

        /** @return the record object's fields, or whatever else the line holds there (null when absent) */
        Object record() {
            return record;
        }

        @Override
        public boolean has(String key) {
            return key.equals("record") ? hasRecord : other.containsKey(key);
        }

        @Override
        public Object get(String key) {
            return key.equals("record") ? record : other.get(key);
        }
    }

    /** Splits a stream into lines in one reused buffer (no per-byte calls). */
    private static final class LineReader {
        private final InputStream in;
        private final byte[] chunk = new byte[1 << 16];
        private int pos;
        private int end;
        private byte[] line = new byte[4096];
        private int length;

        LineReader(InputStream in) {
            this.in = in;
        }

        /** @return true when a newline ended the line, false at end of file (the line may be partial) */
        boolean next() throws IOException {
            length = 0;
            while (true) {
                if (pos == end) {
                    end = in.read(chunk, 0, chunk.length);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        return false;
                    }
                }
                int i = pos;
                while (i < end && chunk[i] != '\n') {
                    i++;
                }
                append(pos, i - pos);
                if (i < end) {
                    pos = i + 1;
                    return true;
                }
                pos = end;
            }
        }

        private void append(int from, int n) {
            if (length + n > line.length) {
                line = Arrays.copyOf(line, Math.max(length + n, line.length * 2));
            }
            System.arraycopy(chunk, from, line, length, n);
            length += n;
        }

        byte[] array() {
            return line;
        }

        int length() {
            return length;
        }
    }

    /**
     * @param file a streamed trail
     * @return its verified records; a truncated last line is left out (it was never committed)
     * @throws BrokenTrailException when a complete line does not verify, naming file and line
     * @throws BadInputException    when the file cannot be read
     */
    public static List<AuditRecord> readVerified(Path file) {
        List<AuditRecord> out = new ArrayList<>();
        ChainVerdict v = scan(file, out::add);
        if (v instanceof ChainVerdict.Broken b) {
            throw new BrokenTrailException("trail file " + file + " " + b);
        }
        return out;
    }
}
