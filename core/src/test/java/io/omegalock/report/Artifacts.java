package io.omegalock.report;

import io.omegalock.demo.CaseStudy;
import io.omegalock.eval.Evaluator;
import io.omegalock.json.Json;
import io.omegalock.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Artifacts for scorecard tests that need no fixtures: this project's own walk-forward case
 * study (a pipeline result with best_any and best_feasible apart, FAIL:KC-4), and hostile
 * variants of every kind whose names and messages try to inject markup.
 */
final class Artifacts {
    /** A parameter name that would run a script if rendered as markup. */
    static final String SCRIPT_PARAM = "<script>alert(1)</script>";
    /** A constraint name that would break out of an attribute and add an image with a handler. */
    static final String IMG_CONSTRAINT = "\"><img src=x onerror=alert(1)>";

    private static Map<String, Object> caseStudy;

    private Artifacts() {
    }

    /** @return the case study's pipeline result as parsed JSON (computed once) */
    static synchronized Map<String, Object> caseStudy() {
        if (caseStudy == null) {
            caseStudy = roundTrip(CaseStudy.run(Evaluator.sequential()).pipeline().toMap());
        }
        return roundTrip(caseStudy);
    }

    /** @return {@code value} written as JSON and read back, as a saved artifact would be */
    @SuppressWarnings("unchecked")
    static Map<String, Object> roundTrip(Object value) {
        return (Map<String, Object>) Json.parse(JsonWriter.toString(value, false));
    }

    /**
     * The case study with its {@code gain} parameter renamed to {@link #SCRIPT_PARAM} everywhere,
     * best_any naming {@link #IMG_CONSTRAINT} as the constraint it failed, and a gate message
     * quoting it.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> hostilePipeline() {
        Map<String, Object> m = (Map<String, Object>) rename(caseStudy(), "gain", SCRIPT_PARAM);
        ((Map<String, Object>) m.get("best_any")).put("constraints_failed", List.of(IMG_CONSTRAINT));
        List<Object> reports = new ArrayList<>((List<Object>) m.get("kc_reports"));
        Map<String, Object> gate = new LinkedHashMap<>();
        gate.put("name", "CONSTRAINTS");
        gate.put("status", "ADVISORY");
        gate.put("message", "best_any fails " + IMG_CONSTRAINT);
        gate.put("detail", Map.of());
        reports.add(gate);
        m.put("kc_reports", reports);
        return m;
    }

    /** An audit report of three calls whose parameter and constraint names are hostile. */
    static Map<String, Object> hostileAudit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", "run_p1 " + SCRIPT_PARAM);
        m.put("omega_lock_version", "0.1.7");
        m.put("seed", null);
        m.put("started_iso", "2026-11-28T01:53:39.334445+00:00");
        m.put("ended_iso", "2026-11-28T01:53:39.335712+00:00");
        m.put("constraints", List.of(Map.of("name", IMG_CONSTRAINT, "description", "a </td></tr></table> breaker")));
        List<Object> runs = new ArrayList<>();
        runs.add(run(0, 1.5, "train", "baseline", List.of()));
        runs.add(run(1, 2.5, "train", "grid", List.of(IMG_CONSTRAINT)));
        runs.add(run(2, 2.0, "test", "walk_forward", List.of()));
        m.put("runs", runs);
        m.put("stress_ranking", List.of(List.of(SCRIPT_PARAM, 2.5), List.of("x", 0.5)));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("n_total", 3);
        summary.put("n_feasible", 2);
        summary.put("feasibility_rate", 2.0 / 3);
        summary.put("constraint_pass_counts", Map.of(IMG_CONSTRAINT, 2));
        m.put("summary", summary);
        return roundTrip(m);
    }

    private static Map<String, Object> run(int index, double fitness, String role, String phase, List<String> failed) {
        Map<String, Object> r = new LinkedHashMap<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(SCRIPT_PARAM, fitness / 10);
        params.put("x", index);
        r.put("params", params);
        r.put("fitness", fitness);
        r.put("n_trials", 10);
        r.put("metadata", Map.of());
        r.put("timestamp_iso", "2026-11-28T01:53:39.334445+00:00");
        r.put("constraints_passed", failed.isEmpty() ? List.of(IMG_CONSTRAINT) : List.of());
        r.put("constraints_failed", failed);
        r.put("phase", phase);
        r.put("call_index", index);
        r.put("target_role", role);
        r.put("round_index", 0);
        return r;
    }

    /** A study audit (full v1 field set) with a hostile study name and parameter. */
    static Map<String, Object> hostileStudy() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema_version", ArtifactKind.STUDY_AUDIT_SCHEMA);
        m.put("study_name", SCRIPT_PARAM);
        m.put("direction", "MAXIMIZE");
        m.put("passed", false);
        m.put("kc_report", Map.of("name", "KC-4", "status", "FAIL", "message", "FAIL: " + IMG_CONSTRAINT,
                "detail", Map.of("pearson_status", "OK")));
        List<Object> candidates = new ArrayList<>();
        double[][] values = {{3.0, 0.5}, {2.5, 1.5}, {2.0, 2.5}, {1.5, Double.NaN}};
        for (int i = 0; i < values.length; i++) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("number", 10 + i);
            c.put("params", Map.of(SCRIPT_PARAM, values[i][0]));
            c.put("train_value", values[i][0]);
            c.put("holdout_value", values[i][1]);
            c.put("feasible", i != 0);
            candidates.add(c);
        }
        m.put("best_any", candidates.get(0));
        m.put("best_feasible", candidates.get(1));
        m.put("gated_best", null);
        m.put("candidates", candidates);
        m.put("pearson", -1.0);
        m.put("pearson_status", "OK");
        m.put("feasibility_source", "user_attrs");
        m.put("holdout_evaluated", true);
        m.put("n_trials_total", 20);
        m.put("n_trials_completed", 18);
        m.put("top_n", 4);
        m.put("kc_thresholds", Map.of("pearson_min", 0.3));
        return roundTrip(m);
    }

    /** {@link #hostileStudy()} audited without a holdout scorer: KC-4 skipped, passed only as "nothing failed". */
    @SuppressWarnings("unchecked")
    static Map<String, Object> studyWithoutHoldout() {
        Map<String, Object> m = hostileStudy();
        m.put("passed", true);
        m.put("kc_report", Map.of("name", "KC-4", "status", "SKIP", "message", "SKIP: no holdout scorer was given",
                "detail", Map.of("reason", "holdout_scorer_absent")));
        for (Object c : (List<Object>) m.get("candidates")) {
            ((Map<String, Object>) c).put("holdout_value", null);
        }
        m.put("pearson", null);
        m.put("pearson_status", "NOT_RUN");
        m.put("holdout_evaluated", false);
        m.put("gated_best", m.get("best_feasible"));
        return roundTrip(m);
    }

    /** A failing gate verdict whose reason quotes a hostile name. */
    static Map<String, Object> gateVerdict(boolean passed, Double pearson, List<Double> train, List<Double> holdout,
                                           List<String> reasons) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema_version", ArtifactKind.GATE_VERDICT_SCHEMA);
        m.put("passed", passed);
        m.put("pearson", pearson);
        m.put("reasons", reasons);
        Map<String, Object> kc = new LinkedHashMap<>();
        kc.put("name", "KC-4");
        kc.put("status", passed ? "PASS" : "FAIL");
        kc.put("message", passed ? "PASS: pearson=" + pearson : "FAIL: " + String.join("; ", reasons));
        kc.put("detail", Map.of("pearson_status", pearson == null ? "ZERO_VARIANCE_X" : "OK"));
        m.put("kc_report", kc);
        m.put("train_scores", train);
        m.put("holdout_scores", holdout);
        return roundTrip(m);
    }

    /** @return a copy of {@code v} with every key or string equal to {@code from} replaced by {@code to} */
    static Object rename(Object v, String from, String to) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(from.equals(k) ? to : String.valueOf(k), rename(x, from, to)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(rename(x, from, to)));
            return out;
        }
        return from.equals(v) ? to : v;
    }
}
