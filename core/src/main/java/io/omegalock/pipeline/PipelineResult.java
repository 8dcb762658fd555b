package io.omegalock.pipeline;

import io.omegalock.Version;
import io.omegalock.eval.Evaluation;
import io.omegalock.gate.GateReport;
import io.omegalock.gate.SampledTransfer;
import io.omegalock.search.Candidate;
import io.omegalock.stress.StressResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one pipeline run decided and why. {@link #toMap()} gives the reference's artifact
 * (snake_case names) plus our extras ({@code best_any}, {@code best_feasible}, provenance).
 *
 * @param status               {@code PASS}, or {@code FAIL:} and the failed gates in report order
 * @param elapsedSeconds       wall time of the run
 * @param config               the config
 * @param baseline             the baseline evaluation
 * @param stress               stress results in measurement order
 * @param topK                 unlocked parameters
 * @param topKExOfi            the same ranking without OFI-biased parameters
 * @param candidates           every search candidate, in evaluation order
 * @param selected             the selected candidate under the constraint policy (grid_best), or null
 * @param bestAny              the highest-fitness candidate, constraints ignored, or null
 * @param bestFeasible         the highest-fitness feasible candidate, or null
 * @param constraintsViolated  a non-record policy found no feasible candidate and fell back
 * @param walkForward          the walk-forward result, or null
 * @param hybridTop            the hybrid re-ranking, or null
 * @param holdout              the holdout result, or null
 * @param reports              gate reports in the order they were added
 */
public record PipelineResult(String status, double elapsedSeconds, PipelineConfig config, Evaluation baseline,
                             List<StressResult> stress, List<String> topK, List<String> topKExOfi,
                             List<Candidate> candidates, Candidate selected, Candidate bestAny,
                             Candidate bestFeasible, boolean constraintsViolated, WalkForwardResult walkForward,
                             List<HybridEntry> hybridTop, HoldoutResult holdout, List<GateReport> reports) {

    /** Copies the lists. */
    public PipelineResult {
        stress = List.copyOf(stress);
        topK = List.copyOf(topK);
        topKExOfi = List.copyOf(topKExOfi);
        candidates = List.copyOf(candidates);
        hybridTop = hybridTop == null ? null : List.copyOf(hybridTop);
        reports = List.copyOf(reports);
    }

    /** @return true when the status is PASS */
    public boolean passed() {
        return "PASS".equals(status);
    }

    /** @return the report of the named gate, or null */
    public GateReport report(String name) {
        for (GateReport r : reports) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    /**
     * @return the messages of advisory reports that warn (detail {@code advisory: true}): KC-4
     *         passed under the reference's rule while the selection-aware sample gate failed
     */
    public List<String> advisories() {
        List<String> out = new ArrayList<>();
        for (GateReport r : reports) {
            if (SampledTransfer.warns(r)) {
                out.add(r.name() + ": " + r.message());
            }
        }
        return out;
    }

    /** @return the artifact, with the reference's field names first */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("elapsed_seconds", elapsedSeconds);
        m.put("config", config.toMap());
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("fitness", baseline.fitness());
        b.put("n_trials", baseline.nTrials());
        b.put("metadata", baseline.result().metadata());
        m.put("baseline_result", b);
        List<Object> s = new ArrayList<>();
        for (StressResult r : stress) {
            s.add(r.toMap());
        }
        m.put("stress_results", s);
        m.put("top_k", topK);
        m.put("top_k_ex_ofi", topKExOfi);
        List<Object> grid = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            grid.add(c.toSummary());
        }
        m.put("grid_results", grid);
        m.put("grid_best", selected == null ? null : selected.toSummary());
        m.put("walk_forward", walkForward == null ? null : walkForward.toMap());
        if (hybridTop == null) {
            m.put("hybrid_top", null);
        } else {
            List<Object> h = new ArrayList<>();
            for (HybridEntry e : hybridTop) {
                h.add(e.toMap());
            }
            m.put("hybrid_top", h);
        }
        m.put("holdout_result", holdout == null ? null : holdout.toMap());
        List<Object> kc = new ArrayList<>();
        for (GateReport r : reports) {
            kc.add(r.toMap());
        }
        m.put("kc_reports", kc);
        m.put("schema_version", "omega-lock.p1-result.v2");
        m.put("search_method", config.search().method());
        m.put("best_any", bestAny == null ? null : bestAny.toSummary());
        m.put("best_feasible", bestFeasible == null ? null : bestFeasible.toSummary());
        m.put("constraints_violated", constraintsViolated);
        m.put("failed_evaluations", failedCount());
        m.put("omega_lock_version", Version.library());
        m.put("java_version", Version.java());
        if (config.evidence().sample() != null) {
            m.put("advisories", advisories());
        }
        return m;
    }

    private int failedCount() {
        int n = 0;
        for (Candidate c : candidates) {
            if (!c.ok()) {
                n++;
            }
        }
        return n;
    }
}
