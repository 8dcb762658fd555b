package io.omegalock.audit;

import io.omegalock.BadInputException;
import io.omegalock.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Verifies a saved audit file of either kind, an audit report (one JSON object with its stored
 * hash chain) or a streamed trail (JSON lines), telling them apart by content rather than by
 * extension.
 */
public final class AuditFiles {
    private AuditFiles() {
    }

    /**
     * @param file an audit report or a streamed trail
     * @return the chain verdict
     * @throws BadInputException when the file is missing, unreadable or not an audit artifact (the message names it)
     */
    public static ChainVerdict verify(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        return isReport(file) ? verifyReport(file) : TrailFile.verify(file);
    }

    private static ChainVerdict verifyReport(Path file) {
        try {
            return AuditReport.read(file).verifyStoredChain();
        } catch (BadInputException e) {
            throw new BadInputException(file + ": not a verifiable audit report: " + e.getMessage(), e);
        }
    }

    private static boolean parsesAsTrailEntry(String line) {
        try {
            return Json.parse(line) instanceof Map<?, ?> m && m.containsKey("record") && m.containsKey("run_hash");
        } catch (BadInputException e) {
            return false;
        }
    }

    /** A report is one JSON object; a streamed trail starts with a line that is a whole object too, so peek. */
    private static boolean isReport(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1 << 16);
            String s = new String(head, StandardCharsets.UTF_8);
            int nl = s.indexOf('\n');
            String first = (nl < 0 ? s : s.substring(0, nl)).strip();
            if (first.isEmpty()) {
                throw new BadInputException(file + ": empty file, not an audit artifact");
            }
            if (first.charAt(0) != '{') {
                throw new BadInputException(file + ": not an audit artifact (expected a JSON object or JSON lines)");
            }
            // A streamed trail's first line is a whole entry {call_index, previous_hash, record, run_hash};
            // a report's first line is not (pretty JSON) or is the whole report (with "runs").
            return !parsesAsTrailEntry(first);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
