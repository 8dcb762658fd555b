package io.omegalock.audit;

import io.omegalock.BadInputException;
import io.omegalock.json.FrozenMap;
import io.omegalock.json.JsonBuffer;
import io.omegalock.json.JsonStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluate call as the trail keeps it, with exactly the reference's fields (SPEC §9).
 * A failed evaluation (the target threw) has a NaN fitness, every constraint failed and the
 * reason under {@code metadata._error}; a target returning a non-finite fitness is recorded
 * as returned. Either way {@link #failed()} is true and the record is never chosen as best.
 *
 * @param params            the evaluated params, name to value, in the target's declared order
 * @param fitness           the returned fitness
 * @param nTrials           the returned action count
 * @param metadata          the returned metadata plus the wrapper's {@code _constraints_*} keys
 * @param timestampIso      UTC, e.g. {@code 2026-11-28T01:45:26.754760+00:00}
 * @param constraintsPassed names, in declaration order
 * @param constraintsFailed names, in declaration order
 * @param phase             wire name of the phase, e.g. {@code grid}
 * @param callIndex         position in the shared trail, from 0
 * @param targetRole        e.g. {@code train}, {@code test}, {@code holdout}
 * @param roundIndex        iterative round, 0 outside the iterative loop
 * @param integralFitness   the fitness was written as a JSON integer (a Python target returned an
 *                          {@code int}); it is written back, and hashed, as one
 */
public record AuditRecord(Map<String, Object> params, double fitness, long nTrials, Map<String, Object> metadata,
                          String timestampIso, List<String> constraintsPassed, List<String> constraintsFailed,
                          String phase, long callIndex, String targetRole, long roundIndex,
                          boolean integralFitness) {

    /** @throws BadInputException when a field is missing or negative where it may not be */
    public AuditRecord {
        require(params != null, "params", "null");
        require(metadata != null, "metadata", "null");
        require(timestampIso != null, "timestamp_iso", "null");
        require(phase != null, "phase", "null");
        require(targetRole != null, "target_role", "null");
        require(nTrials >= 0, "n_trials", nTrials);
        require(roundIndex >= 0, "round_index", roundIndex);
        params = frozen(params);
        metadata = frozen(metadata);
        constraintsPassed = List.copyOf(constraintsPassed);
        constraintsFailed = List.copyOf(constraintsFailed);
        // Only a finite integral value within long range can be written as an integer.
        integralFitness = integralFitness && fitness == Math.rint(fitness) && Math.abs(fitness) < 0x1p63;
    }

    /**
     * A record whose fitness is a float, as every target of this library returns.
     *
     * @throws BadInputException when a field is missing or negative where it may not be
     */
    public AuditRecord(Map<String, Object> params, double fitness, long nTrials, Map<String, Object> metadata,
                       String timestampIso, List<String> constraintsPassed, List<String> constraintsFailed,
                       String phase, long callIndex, String targetRole, long roundIndex) {
        this(params, fitness, nTrials, metadata, timestampIso, constraintsPassed, constraintsFailed, phase, callIndex,
                targetRole, roundIndex, false);
    }

    private static void require(boolean ok, String field, Object got) {
        if (!ok) {
            throw new BadInputException("audit record field '" + field + "' is invalid: " + got);
        }
    }

    private static Map<String, Object> frozen(Map<String, Object> m) {
        // JSON metadata may hold nulls, which Map.copyOf refuses; insertion order matters for
        // artifacts. A frozen map (the wrapper's, a parsed report's) is kept without a copy.
        return m.isEmpty() ? Map.of() : FrozenMap.copyOf(m);
    }

    /** @return true when no constraint failed (vacuously true without constraints) */
    public boolean feasible() {
        return constraintsFailed.isEmpty();
    }

    /** @return true for a failed evaluation: the target threw or the fitness is not finite */
    public boolean failed() {
        return !Double.isFinite(fitness);
    }

    /**
     * @param index the call index to assign
     * @return a copy at that position in a trail
     */
    public AuditRecord withCallIndex(long index) {
        return new AuditRecord(params, fitness, nTrials, metadata, timestampIso, constraintsPassed, constraintsFailed,
                phase, index, targetRole, roundIndex, integralFitness);
    }

    /** @return the record as the report writes it, fields in the reference's order */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("params", params);
        m.put("fitness", integralFitness ? (Object) (long) fitness : (Object) fitness);
        m.put("n_trials", nTrials);
        m.put("metadata", metadata);
        m.put("timestamp_iso", timestampIso);
        m.put("constraints_passed", constraintsPassed);
        m.put("constraints_failed", constraintsFailed);
        m.put("phase", phase);
        m.put("call_index", callIndex);
        m.put("target_role", targetRole);
        m.put("round_index", roundIndex);
        return m;
    }

    /**
     * Appends the canonical JSON of this record (the hashed payload) without building a map:
     * the fields are written directly in sorted key order.
     *
     * @param out where to append
     */
    public void appendCanonical(StringBuilder out) {
        JsonBuffer b = new JsonBuffer(1024);
        writeCanonical(b);
        b.appendTo(out);
    }

    private void writeFitness(JsonBuffer out) {
        if (integralFitness) {
            out.number((long) fitness);
        } else {
            out.number(fitness);
        }
    }

    /**
     * Writes the canonical JSON of this record (the hashed payload), fields in sorted key order.
     *
     * @param out where to append
     */
    void writeCanonical(JsonBuffer out) {
        out.ascii("{\"call_index\": ").number(callIndex);
        out.ascii(", \"constraints_failed\": ").canonical(constraintsFailed);
        out.ascii(", \"constraints_passed\": ").canonical(constraintsPassed);
        out.ascii(", \"fitness\": ");
        writeFitness(out);
        out.ascii(", \"metadata\": ").canonical(metadata);
        out.ascii(", \"n_trials\": ").number(nTrials);
        out.ascii(", \"params\": ").canonical(params);
        out.ascii(", \"phase\": ").string(phase);
        out.ascii(", \"round_index\": ").number(roundIndex);
        out.ascii(", \"target_role\": ").string(targetRole);
        out.ascii(", \"timestamp_iso\": ").string(timestampIso);
        out.ascii('}');
    }

    /**
     * Writes this record as {@code json.dumps(indent=2)} lays it out inside a report: fields in
     * the reference's order, the opening brace at nesting level {@code depth}.
     *
     * @param out   where to append
     * @param depth nesting level of the record object
     */
    void writePretty(JsonBuffer out, int depth) {
        int d = depth + 1;
        out.ascii('{').newline(d).ascii("\"params\": ").value(params, JsonStyle.PRETTY, d);
        out.ascii(',').newline(d).ascii("\"fitness\": ");
        writeFitness(out);
        out.ascii(',').newline(d).ascii("\"n_trials\": ").number(nTrials);
        out.ascii(',').newline(d).ascii("\"metadata\": ").value(metadata, JsonStyle.PRETTY, d);
        out.ascii(',').newline(d).ascii("\"timestamp_iso\": ").string(timestampIso);
        out.ascii(',').newline(d).ascii("\"constraints_passed\": ").value(constraintsPassed, JsonStyle.PRETTY, d);
        out.ascii(',').newline(d).ascii("\"constraints_failed\": ").value(constraintsFailed, JsonStyle.PRETTY, d);
        out.ascii(',').newline(d).ascii("\"phase\": ").string(phase);
        out.ascii(',').newline(d).ascii("\"call_index\": ").number(callIndex);
        out.ascii(',').newline(d).ascii("\"target_role\": ").string(targetRole);
        out.ascii(',').newline(d).ascii("\"round_index\": ").number(roundIndex);
        out.newline(depth).ascii('}');
    }
}
