package io.omegalock.audit;

import io.omegalock.BadInputException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps audit reports and records to and from the reference's JSON shape. Reading is strict
 * about types and names the offending field ({@code runs[3].call_index}) in every error.
 */
final class AuditReportCodec {
    private static final Set<String> KNOWN = Set.of("schema_version", "method", "omega_lock_version", "seed",
            "started_iso", "ended_iso", "constraints", "runs", "stress_ranking", "summary", "hash_chain");

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
        List<Object> cs = new ArrayList<>();
        for (Constraint c : r.constraints()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("name", c.name());
            cm.put("description", c.description());
            cs.add(cm);
        }
        m.put("constraints", cs);
        m.put("runs", r.runs().stream().map(AuditRecord::toMap).toList());
        m.put("stress_ranking", r.stressRanking() == null ? null
                : r.stressRanking().stream().map(s -> List.<Object>of(s.name(), s.score())).toList());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("n_total", r.nTotal());
        summary.put("n_feasible", r.nFeasible());
        summary.put("feasibility_rate", r.feasibilityRate());
        summary.put("constraint_pass_counts", r.constraintPassCounts());
        m.put("summary", summary);
        if (withChain) {
            m.put("hash_chain", r.hashChain().stream().map(ChainEntry::toMap).toList());
        }
        r.provenance().forEach(m::putIfAbsent);
        return m;
    }

    static AuditReport fromValue(Object value, String source) {
        Map<String, Object> m = map(value, source);
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
        List<AuditRecord> runs = new ArrayList<>();
        List<Object> rl = list(m.getOrDefault("runs", List.of()), source + ": runs");
        for (int i = 0; i < rl.size(); i++) {
            runs.add(record(rl.get(i), source + ": runs[" + i + "]"));
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
                m.containsKey("hash_chain") ? chain(m.get("hash_chain"), source + ": hash_chain") : null);
    }

    static AuditRecord record(Object value, String where) {
        Map<String, Object> r = map(value, where);
        return new AuditRecord(map(field(r, "params", where), where + ".params"),
                number(field(r, "fitness", where), where + ".fitness"),
                integer(field(r, "n_trials", where), where + ".n_trials"),
                map(r.getOrDefault("metadata", Map.of()), where + ".metadata"),
                string(r, "timestamp_iso", where),
                strings(r.getOrDefault("constraints_passed", List.of()), where + ".constraints_passed"),
                strings(r.getOrDefault("constraints_failed", List.of()), where + ".constraints_failed"),
                string(r, "phase", where),
                integer(field(r, "call_index", where), where + ".call_index"),
                string(r, "target_role", where),
                integer(r.getOrDefault("round_index", 0L), where + ".round_index"));
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

    private static Object field(Map<String, Object> m, String key, String where) {
        if (!m.containsKey(key)) {
            throw new BadInputException(where + ": missing field '" + key + "'");
        }
        return m.get(key);
    }

    private static String string(Map<String, Object> m, String key, String where) {
        if (field(m, key, where) instanceof String s) {
            return s;
        }
        throw new BadInputException(where + "." + key + ": expected a string, got " + m.get(key));
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
