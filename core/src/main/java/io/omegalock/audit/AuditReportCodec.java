package io.omegalock.audit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.omegalock.BadInputException;
import io.omegalock.json.ByteChunks;
import io.omegalock.json.Json;
import io.omegalock.json.JsonBuffer;
import io.omegalock.json.JsonStyle;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps audit reports and records to and from the reference's JSON shape. Reading is strict
 * about types and names the offending field ({@code runs[3].call_index}) in every error.
 *
 * <p>Large reports are streamed both ways: {@link #writePretty} writes records straight from
 * {@link AuditRecord} into a byte buffer that drains to the file, hashing each record's
 * canonical bytes on the way, and {@link #read} builds records from parser tokens without an
 * intermediate map per record. Both agree byte for byte, and error for error, with the
 * generic path over {@link #toMap} and {@link #fromValue}.
 */
final class AuditReportCodec {
    private static final Set<String> KNOWN = Set.of("schema_version", "method", "omega_lock_version", "seed",
            "started_iso", "ended_iso", "constraints", "runs", "stress_ranking", "summary", "hash_chain");
    /** Stands in the top-level map for an array that was streamed into objects. */
    private static final Object STREAMED = new Object();

    private AuditReportCodec() {
    }

    static Map<String, Object> toMap(AuditReport r, boolean withChain) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema_version", AuditReport.SCHEMA_VERSION);
        m.put("method", r.method());
        m.put("omega_lock_version", r.omegaLockVersion());
        m.put("seed", r.seed());
        m.put("started_iso", r.startedIso());
        m.put("ended_iso", r.endedIso());
        m.put("constraints", constraints(r));
        m.put("runs", r.runs().stream().map(AuditRecord::toMap).toList());
        m.put("stress_ranking", stressRanking(r));
        m.put("summary", summary(r));
        if (withChain) {
            m.put("hash_chain", r.hashChain().stream().map(ChainEntry::toMap).toList());
        }
        r.provenance().forEach(m::putIfAbsent);
        return m;
    }

    private static List<Object> constraints(AuditReport r) {
        List<Object> cs = new ArrayList<>();
        for (Constraint c : r.constraints()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("name", c.name());
            cm.put("description", c.description());
            cs.add(cm);
        }
        return cs;
    }

    private static List<List<Object>> stressRanking(AuditReport r) {
        return r.stressRanking() == null ? null
                : r.stressRanking().stream().map(s -> List.<Object>of(s.name(), s.score())).toList();
    }

    private static Map<String, Object> summary(AuditReport r) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("n_total", r.nTotal());
        summary.put("n_feasible", r.nFeasible());
        summary.put("feasibility_rate", r.feasibilityRate());
        summary.put("constraint_pass_counts", r.constraintPassCounts());
        return summary;
    }

    /**
     * Writes the report as {@code JsonWriter} would write {@link #toMap} pretty, byte for byte,
     * without building the map: records go straight from {@link AuditRecord} into the buffer,
     * and the chain is computed from their canonical bytes in the same pass. With a sink on
     * the buffer, it drains after every record.
     *
     * @param r         the report
     * @param withChain add a freshly computed {@code hash_chain}
     * @param out       the buffer
     */
    static void writePretty(AuditReport r, boolean withChain, JsonBuffer out) {
        writePretty(r, withChain, null, out);
    }

    /**
     * As {@link #writePretty(AuditReport, boolean, JsonBuffer)}, with the records and chain
     * entries possibly laid out already by a {@link ReportAhead}: then they are copied, not
     * encoded again.
     *
     * @param r         the report
     * @param withChain add the {@code hash_chain}
     * @param ahead     the report's records and chain entries laid out, or null to lay them out here
     * @param out       the buffer
     */
    static void writePretty(AuditReport r, boolean withChain, ReportAhead.Encoded ahead, JsonBuffer out) {
        Set<String> written = new HashSet<>(KNOWN);
        if (!withChain) {
            written.remove("hash_chain");
        }
        out.ascii('{');
        key(out, true, "schema_version").string(AuditReport.SCHEMA_VERSION);
        key(out, false, "method").string(r.method());
        key(out, false, "omega_lock_version").string(r.omegaLockVersion());
        // toMap fills a null seed or stress ranking from provenance (putIfAbsent), so this does too.
        key(out, false, "seed").value(r.seed() != null ? r.seed() : r.provenance().get("seed"), JsonStyle.PRETTY, 1);
        key(out, false, "started_iso").string(r.startedIso());
        key(out, false, "ended_iso").string(r.endedIso());
        key(out, false, "constraints").value(constraints(r), JsonStyle.PRETTY, 1);
        key(out, false, "runs");
        List<AuditRecord> runs = r.runs();
        ByteChunks chain = null;
        if (ahead != null) {
            RecordSections.writeArray(out, runs.size(), ahead.runs());
            // The records went out while the chain lane finished; null if it gave up.
            chain = withChain ? ahead.chain().get() : null;
        } else if (runs.isEmpty()) {
            out.ascii("[]");
        } else {
            RecordSections.Runs records = new RecordSections.Runs(out);
            out.ascii('[');
            for (AuditRecord rec : runs) {
                records.add(rec);
            }
            out.newline(1).ascii(']');
        }
        if (withChain && chain == null) {
            chain = chainOf(runs);
        }
        List<List<Object>> stress = stressRanking(r);
        key(out, false, "stress_ranking").value(stress != null ? stress : r.provenance().get("stress_ranking"),
                JsonStyle.PRETTY, 1);
        key(out, false, "summary").value(summary(r), JsonStyle.PRETTY, 1);
        if (withChain) {
            key(out, false, "hash_chain");
            RecordSections.writeArray(out, runs.size(), chain);
        }
        for (Map.Entry<String, Object> e : r.provenance().entrySet()) {
            if (written.add(e.getKey())) {
                key(out, false, e.getKey()).value(e.getValue(), JsonStyle.PRETTY, 1);
            }
        }
        out.newline(0).ascii('}');
    }

    /** @return the {@code hash_chain} elements of the records, laid out */
    private static ByteChunks chainOf(List<AuditRecord> runs) {
        ByteChunks bytes = new ByteChunks();
        JsonBuffer buffer = new JsonBuffer(1 << 17).to(bytes);
        RecordSections.Chain entries = new RecordSections.Chain(buffer);
        for (AuditRecord rec : runs) {
            entries.add(rec);
        }
        buffer.flush();
        return bytes;
    }

    private static JsonBuffer key(JsonBuffer out, boolean first, String name) {
        if (!first) {
            out.ascii(',');
        }
        return out.newline(1).string(name).ascii(": ");
    }

    /**
     * Reads a report from a parser positioned before its first token, streaming the
     * {@code runs} and {@code hash_chain} arrays into objects. Errors are those of
     * {@link #fromValue} over the parsed document, in the same order.
     *
     * @param p        the parser
     * @param source   the file name or "audit report", for messages about fields
     * @param document the file name or "JSON text", for messages about the document
     * @return the report
     * @throws IOException       when the JSON is malformed
     * @throws BadInputException when a field is missing or mistyped, or the document is empty
     *     or followed by more content
     */
    static AuditReport read(JsonParser p, String source, String document) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new BadInputException(document + " is empty; expected a JSON value");
        }
        if (t != JsonToken.START_OBJECT) {
            Object v = Json.readValue(p, t);
            requireEnd(p, document);
            return fromValue(v, source);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        Streamed<List<AuditRecord>> runs = null;
        Streamed<List<ChainEntry>> chain = null;
        for (String k = p.nextFieldName(); k != null; k = p.nextFieldName()) {
            JsonToken vt = p.nextToken();
            if (vt == JsonToken.START_ARRAY && k.equals("runs")) {
                runs = readRuns(p, source + ": runs");
                m.put(k, STREAMED);
            } else if (vt == JsonToken.START_ARRAY && k.equals("hash_chain")) {
                chain = readChain(p, source + ": hash_chain");
                m.put(k, STREAMED);
            } else {
                m.put(k, Json.readValue(p, vt));
            }
        }
        requireEnd(p, document);
        return build(m, source, m.get("runs") == STREAMED ? runs : null, m.get("hash_chain") == STREAMED ? chain : null);
    }

    private static void requireEnd(JsonParser p, String source) throws IOException {
        if (p.nextToken() != null) {
            throw new BadInputException(source + " has extra content after the JSON value at line "
                    + p.currentLocation().getLineNr());
        }
    }

    /** A streamed array: its objects, or the first error, raised where the generic path would. */
    private record Streamed<T>(T value, BadInputException error) {
        T get() {
            if (error != null) {
                throw error;
            }
            return value;
        }
    }

    private static Streamed<List<AuditRecord>> readRuns(JsonParser p, String where) throws IOException {
        return readArray(p, where, new RecordFields(), AuditReportCodec::record);
    }

    private static Streamed<List<ChainEntry>> readChain(JsonParser p, String where) throws IOException {
        return readArray(p, where, new ChainFields(),
                (v, at) -> chainEntry(v instanceof Fields f ? f : Fields.of(map(v, at)), at));
    }

    /** How a generic JSON value becomes an element, naming {@code where} on error. */
    private interface Slow<T> {
        T build(Object value, String where);
    }

    /**
     * Reads a streamed array: each object into the reused slots, built the fast way when the
     * slots allow, else the generic way (which raises the same errors as the map path). The
     * first error is kept and the rest of the array is still consumed.
     */
    private static <T> Streamed<List<T>> readArray(JsonParser p, String where, Slots<T> slots, Slow<T> slow)
            throws IOException {
        List<T> out = new ArrayList<>();
        BadInputException error = null;
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
            Object v;
            if (t == JsonToken.START_OBJECT) {
                slots.readFrom(p);
                v = slots;
            } else {
                v = Json.readValue(p, t);
            }
            if (error == null) {
                try {
                    T fast = v == slots ? slots.build() : null;
                    out.add(fast != null ? fast : slow.build(v, where + "[" + i + "]"));
                } catch (BadInputException e) {
                    error = e;
                }
            }
        }
        return new Streamed<>(out, error);
    }

    static AuditReport fromValue(Object value, String source) {
        return build(map(value, source), source, null, null);
    }

    private static AuditReport build(Map<String, Object> m, String source, Streamed<List<AuditRecord>> streamedRuns,
                                     Streamed<List<ChainEntry>> streamedChain) {
        Object schema = m.get("schema_version");
        if (schema != null && !AuditReport.SCHEMA_VERSION.equals(schema)) {
            throw new BadInputException(source + ": unsupported schema_version " + schema + "; expected "
                    + AuditReport.SCHEMA_VERSION + " or none");
        }
        List<Constraint> constraints = new ArrayList<>();
        List<Object> cl = list(m.getOrDefault("constraints", List.of()), source + ": constraints");
        for (int i = 0; i < cl.size(); i++) {
            Map<String, Object> c = map(cl.get(i), source + ": constraints[" + i + "]");
            Object desc = c.getOrDefault("description", "");
            constraints.add(Constraint.unavailable(string(c, "name", source + ": constraints[" + i + "]"),
                    desc instanceof String s ? s : String.valueOf(desc)));
        }
        List<AuditRecord> runs;
        if (streamedRuns != null) {
            runs = streamedRuns.get();
        } else {
            runs = new ArrayList<>();
            List<Object> rl = list(m.getOrDefault("runs", List.of()), source + ": runs");
            for (int i = 0; i < rl.size(); i++) {
                runs.add(record(rl.get(i), source + ": runs[" + i + "]"));
            }
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (!KNOWN.contains(k)) {
                extra.put(k, v);
            }
        });
        Object seed = m.get("seed");
        return new AuditReport(string(m, "method", source), string(m, "omega_lock_version", source),
                seed == null ? null : integer(seed, source + ": seed"), string(m, "started_iso", source),
                string(m, "ended_iso", source), constraints, runs, stress(m.get("stress_ranking"), source), extra,
                streamedChain != null ? streamedChain.get()
                        : m.containsKey("hash_chain") ? chain(m.get("hash_chain"), source + ": hash_chain") : null);
    }

    /**
     * @param value a record as a map, or as {@link Fields} read by the streaming parser
     * @param where its position, for messages
     * @return the record
     * @throws BadInputException naming the field that is missing or mistyped
     */
    static AuditRecord record(Object value, String where) {
        Fields r = value instanceof Fields f ? f : Fields.of(map(value, where));
        return new AuditRecord(map(field(r, "params", where), where + ".params"),
                number(field(r, "fitness", where), where + ".fitness"),
                integer(field(r, "n_trials", where), where + ".n_trials"),
                map(r.has("metadata") ? r.get("metadata") : Map.of(), where + ".metadata"),
                string(r, "timestamp_iso", where),
                strings(r.has("constraints_passed") ? r.get("constraints_passed") : List.of(),
                        where + ".constraints_passed"),
                strings(r.has("constraints_failed") ? r.get("constraints_failed") : List.of(),
                        where + ".constraints_failed"),
                string(r, "phase", where),
                integer(field(r, "call_index", where), where + ".call_index"),
                string(r, "target_role", where),
                integer(r.has("round_index") ? r.get("round_index") : 0L, where + ".round_index"),
                field(r, "fitness", where) instanceof Long);
    }

    static List<ChainEntry> chain(Object value, String where) {
        List<Object> l = list(value, where);
        List<ChainEntry> out = new ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++) {
            out.add(chainEntry(map(l.get(i), where + "[" + i + "]"), where + "[" + i + "]"));
        }
        return out;
    }

    static ChainEntry chainEntry(Map<String, Object> e, String where) {
        return chainEntry(Fields.of(e), where);
    }

    static ChainEntry chainEntry(Fields e, String where) {
        Object prev = field(e, "previous_hash", where);
        return new ChainEntry(integer(field(e, "call_index", where), where + ".call_index"),
                prev == null ? null : string(e, "previous_hash", where), string(e, "run_hash", where));
    }

    private static List<StressScore> stress(Object value, String source) {
        if (value == null) {
            return null;
        }
        List<Object> l = list(value, source + ": stress_ranking");
        List<StressScore> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            List<Object> pair = list(l.get(i), source + ": stress_ranking[" + i + "]");
            if (pair.size() != 2 || !(pair.get(0) instanceof String name)) {
                throw new BadInputException(source + ": stress_ranking[" + i + "] must be [name, score], got " + pair);
            }
            out.add(new StressScore(name, number(pair.get(1), source + ": stress_ranking[" + i + "][1]")));
        }
        return out;
    }

    private static Object field(Fields m, String key, String where) {
        if (!m.has(key)) {
            throw new BadInputException(where + ": missing field '" + key + "'");
        }
        return m.get(key);
    }

    private static String string(Fields m, String key, String where) {
        if (field(m, key, where) instanceof String s) {
            return s;
        }
        throw new BadInputException(where + "." + key + ": expected a string, got " + m.get(key));
    }

    private static String string(Map<String, Object> m, String key, String where) {
        return string(Fields.of(m), key, where);
    }

    private static long integer(Object v, String where) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof BigInteger) {
            throw new BadInputException(where + ": integer " + v + " does not fit in 64 bits");
        }
        throw new BadInputException(where + ": expected an integer, got " + v);
    }

    private static double number(Object v, String where) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Long l) {
            return l;
        }
        throw new BadInputException(where + ": expected a number, got " + v);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object v, String where) {
        if (v instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new BadInputException(where + ": expected a JSON object, got " + (v == null ? "null" : v.getClass().getSimpleName()));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object v, String where) {
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new BadInputException(where + ": expected a JSON array, got " + (v == null ? "null" : v.getClass().getSimpleName()));
    }

    private static List<String> strings(Object v, String where) {
        List<Object> l = list(v, where);
        List<String> out = new ArrayList<>(l.size());
        for (Object o : l) {
            if (!(o instanceof String s)) {
                throw new BadInputException(where + ": expected constraint names, got " + o);
            }
            out.add(s);
        }
        return out;
    }
}
