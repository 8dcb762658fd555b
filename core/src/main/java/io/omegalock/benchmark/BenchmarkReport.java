package io.omegalock.benchmark;

import io.omegalock.Version;
import io.omegalock.demo.GroundTruth;
import io.omegalock.demo.Keyhole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every run of a battery, with per-method summaries, a text scorecard and a JSON artifact.
 *
 * @param benchmark the battery that ran
 * @param rows      one row per keyhole, seed and method, in that nesting order
 */
public record BenchmarkReport(Benchmark benchmark, List<BenchmarkRow> rows) {

    /** Schema id of {@link #toMap()}. */
    public static final String SCHEMA_VERSION = "omega-lock.benchmark.v1";

    /** Copies the rows. */
    public BenchmarkReport {
        rows = List.copyOf(rows);
    }

    /** @return one summary per method over every keyhole, in method order */
    public List<MethodSummary> summary() {
        List<MethodSummary> out = new ArrayList<>();
        for (BenchmarkMethod m : benchmark.methods()) {
            out.add(MethodSummary.of(m.name(), null, select(null, m.name())));
        }
        return out;
    }

    /**
     * @param keyhole a keyhole name of the battery
     * @return one summary per method over that keyhole's runs, in method order
     */
    public List<MethodSummary> summary(String keyhole) {
        List<MethodSummary> out = new ArrayList<>();
        for (BenchmarkMethod m : benchmark.methods()) {
            out.add(MethodSummary.of(m.name(), keyhole, select(keyhole, m.name())));
        }
        return out;
    }

    /**
     * @param keyhole a keyhole name, or null for any
     * @param method  a method name, or null for any
     * @return the matching rows in benchmark order
     */
    public List<BenchmarkRow> select(String keyhole, String method) {
        List<BenchmarkRow> out = new ArrayList<>();
        for (BenchmarkRow r : rows) {
            if ((keyhole == null || r.keyhole().equals(keyhole)) && (method == null || r.method().equals(method))) {
                out.add(r);
            }
        }
        return out;
    }

    /** @return the text scorecard (see {@link BenchmarkScorecard}) */
    public String scorecard() {
        return BenchmarkScorecard.text(this);
    }

    /**
     * @return the artifact: schema and versions, the battery (keyholes with their structural
     *     ground truth, seeds, methods), every row, the summary over all keyholes and the
     *     summaries per keyhole
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema_version", SCHEMA_VERSION);
        m.put("omega_lock_version", Version.library());
        m.put("java_version", Version.java());
        m.put("seeds", benchmark.seeds());
        List<Object> keyholes = new ArrayList<>();
        for (Keyhole k : benchmark.keyholes()) {
            GroundTruth t = k.groundTruth(benchmark.seeds().get(0));
            Map<String, Object> km = new LinkedHashMap<>();
            km.put("name", k.name());
            km.put("n_params", k.space().size());
            km.put("effective_params", t.effectiveParams());
            km.put("importance_ranking", t.importanceRanking());
            km.put("optimum_params", t.optimumParams());
            keyholes.add(km);
        }
        m.put("keyholes", keyholes);
        m.put("methods", benchmark.methods().stream().map(BenchmarkMethod::name).toList());
        List<Object> rs = new ArrayList<>();
        for (BenchmarkRow r : rows) {
            rs.add(r.toMap());
        }
        m.put("rows", rs);
        m.put("scorecard", summary().stream().map(MethodSummary::toMap).toList());
        Map<String, Object> byKeyhole = new LinkedHashMap<>();
        for (Keyhole k : benchmark.keyholes()) {
            byKeyhole.put(k.name(), summary(k.name()).stream().map(MethodSummary::toMap).toList());
        }
        m.put("scorecard_by_keyhole", byKeyhole);
        return m;
    }
}
