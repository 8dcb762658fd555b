package io.omegalock.audit;

import io.omegalock.BadInputException;
import io.omegalock.BrokenTrailException;
import io.omegalock.json.Json;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(1024);
            while (true) {
                boolean complete = readLine(in, buf);
                if (!complete && buf.size() == 0) {
                    return new ChainVerdict.Intact(index, previous);
                }
                lineNo++;
                if (!complete) {
                    return new ChainVerdict.Truncated(index, previous, lineNo);
                }
                String text = buf.toString(StandardCharsets.UTF_8);
                AuditRecord record;
                ChainEntry entry;
                try {
                    String where = file.getFileName() + " line " + lineNo;
                    Map<String, Object> line = AuditReportCodec.map(Json.parse(text), where);
                    record = AuditReportCodec.record(line.get("record"), where + ": record");
                    entry = AuditReportCodec.chainEntry(line, where);
                } catch (BadInputException e) {
                    return new ChainVerdict.Broken(index, "line " + lineNo + " is not a trail entry: " + e.getMessage());
                }
                if (record.callIndex() != index) {
                    return new ChainVerdict.Broken(index, "line " + lineNo + ": call_index " + record.callIndex()
                            + ", expected " + index);
                }
                String problem = HashChain.check(index, record, entry, previous, hasher.hash(previous, record));
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

    /** @return true when a newline ended the line, false at end of file */
    private static boolean readLine(InputStream in, ByteArrayOutputStream buf) throws IOException {
        buf.reset();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                return true;
            }
            buf.write(b);
        }
        return false;
    }
}
