package io.omegalock.audit;

import io.omegalock.json.CanonicalJson;
import io.omegalock.space.Params;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records of an earlier (interrupted) run, looked up by what a new call would produce: same
 * target role, phase, round and params (compared as canonical JSON, so {@code 5} and
 * {@code 5.0} differ). A run resumed through {@link AuditTrail.Builder#resumeFrom} replays
 * matching records instead of calling the target; each record is used once, in its original
 * order, so a candidate evaluated twice is replayed twice. Thread-safe.
 */
public final class ResumeIndex {
    private final Map<String, ArrayDeque<AuditRecord>> byKey = new HashMap<>();
    private int remaining;

    private ResumeIndex(List<AuditRecord> records) {
        for (AuditRecord r : records) {
            byKey.computeIfAbsent(key(r.targetRole(), r.phase(), r.roundIndex(), CanonicalJson.of(r.params())),
                    k -> new ArrayDeque<>()).add(r);
        }
        remaining = records.size();
    }

    /**
     * @param records the records to offer for reuse, in trail order
     * @return the index
     */
    public static ResumeIndex of(List<AuditRecord> records) {
        return new ResumeIndex(records);
    }

    /**
     * Loads the complete, verified records of a streamed trail file; a cut-off last line (the
     * record in flight when the process died) is ignored, since it was never committed.
     *
     * @param trailFile a file written by {@link StreamingTrail}
     * @return the index
     * @throws io.omegalock.BrokenTrailException when a complete line does not verify
     * @throws io.omegalock.BadInputException   when the file cannot be read
     */
    public static ResumeIndex load(Path trailFile) {
        return new ResumeIndex(TrailFile.readVerified(trailFile));
    }

    /**
     * Removes and returns the next unused record matching a call.
     *
     * @param role   target role
     * @param phase  phase wire name
     * @param round  round index
     * @param params the params about to be evaluated
     * @return the record, or empty when the earlier run has none left for this call
     */
    public synchronized Optional<AuditRecord> take(String role, String phase, long round, Params params) {
        ArrayDeque<AuditRecord> q = byKey.get(key(role, phase, round, CanonicalJson.of(params)));
        if (q == null || q.isEmpty()) {
            return Optional.empty();
        }
        remaining--;
        return Optional.of(q.poll());
    }

    /**
     * @param role   target role
     * @param phase  phase wire name
     * @param round  round index
     * @param params the params of a call
     * @return how many unused records match that call (what {@link #take} would hand out in turn)
     */
    public synchronized int count(String role, String phase, long round, Params params) {
        ArrayDeque<AuditRecord> q = byKey.get(key(role, phase, round, CanonicalJson.of(params)));
        return q == null ? 0 : q.size();
    }

    /** @return how many records have not been reused yet */
    public synchronized int remaining() {
        return remaining;
    }

    private static String key(String role, String phase, long round, String canonicalParams) {
        return role + '\u0000' + phase + '\u0000' + round + '\u0000' + canonicalParams;
    }
}
