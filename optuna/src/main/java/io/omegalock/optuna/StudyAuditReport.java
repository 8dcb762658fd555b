package io.omegalock.optuna;

import io.omegalock.Version;
import io.omegalock.gate.GateReport;
import io.omegalock.gate.GateStatus;
import io.omegalock.gate.Thresholds;
import io.omegalock.gate.TransferSample;
import io.omegalock.json.JsonWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The audit of one Optuna study (SPEC §12), artifact {@code omega-lock.study-audit.v1}. Values are
 * in the study's own orientation.
 *
 * @param studyName         the study name
 * @param direction         the audited objective's direction
 * @param passed            false only when the KC-4 gate failed; true with a SKIP gate means only
 *                          "nothing failed" (there was no holdout evidence)
 * @param kcReport          the KC-4 report: PASS, FAIL, or SKIP without a holdout scorer
 * @param bestAny           the best completed trial, feasibility ignored
 * @param bestFeasible      the best trial known to be feasible, or null (none feasible, or
 *                          feasibility absent)
 * @param gatedBest         what the gate lets through: null when it failed, or when feasibility is
 *                          known and nothing is feasible
 * @param candidates        the top-N completed trials by train value, in rank order
 * @param pearson           Pearson(train, holdout) over the candidates, or null when not run or not
 *                          computable
 * @param pearsonStatus     {@code OK}, why it was not computable, or {@code NOT_RUN} without holdout
 * @param feasibilitySource where feasibility came from
 * @param holdoutEvaluated  whether a holdout scorer was used
 * @param nTrialsTotal      every trial of the study, whatever its state
 * @param nTrialsCompleted  COMPLETE trials with a value for the audited objective
 * @param topN              the requested N
 * @param thresholds        the gate thresholds
 * @param objective         the audited objective index (0 for a single-objective study)
 * @param source            where the study was read from
 * @param sample            the pool sample scored on the holdout for the selection-aware gate, or
 *                          null (none configured, or no holdout scorer)
 */
public record StudyAuditReport(String studyName, StudyDirection direction, boolean passed, GateReport kcReport,
                               AuditCandidate bestAny, AuditCandidate bestFeasible, AuditCandidate gatedBest,
                               List<AuditCandidate> candidates, Double pearson, String pearsonStatus,
                               FeasibilitySource feasibilitySource, boolean holdoutEvaluated, int nTrialsTotal,
                               int nTrialsCompleted, int topN, Thresholds thresholds, int objective,
                               String source, SampleAudit sample) {

    /** The artifact's schema id. */
    public static final String SCHEMA_VERSION = "omega-lock.study-audit.v1";

    /** @throws NullPointerException when a required field is null */
    public StudyAuditReport {
        Objects.requireNonNull(studyName, "studyName");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(kcReport, "kcReport");
        Objects.requireNonNull(bestAny, "bestAny");
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(pearsonStatus, "pearsonStatus");
        Objects.requireNonNull(feasibilitySource, "feasibilitySource");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The trials sampled for the selection-aware gate ({@code io.omegalock.gate.SampledTransfer}).
     *
     * @param settings   how they were drawn
     * @param ranks      their train ranks among the completed trials, 0-based
     * @param candidates the sampled trials with their holdout scores
     * @param report     the gate's {@code KC-4-SAMPLE} advisory report when another rule decided
     *                   KC-4, or null when the sample gate is the KC-4 report
     */
    public record SampleAudit(TransferSample settings, int[] ranks, List<AuditCandidate> candidates,
                              GateReport report) {
        /** Copies the candidates. */
        public SampleAudit {
            Objects.requireNonNull(settings, "settings");
            candidates = List.copyOf(candidates);
        }

        /** @return {@code settings..., ranks, candidates, report} */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>(settings.toMap());
            List<Object> r = new ArrayList<>();
            for (int x : ranks) {
                r.add(x);
            }
            m.put("ranks", r);
            List<Object> cs = new ArrayList<>();
            for (AuditCandidate c : candidates) {
                cs.add(c.toMap());
            }
            m.put("candidates", cs);
            m.put("report", report == null ? null : report.toMap());
            return m;
        }
    }

    /**
     * @return the advisory when KC-4 passed under the reference's Pearson rule and the
     *         selection-aware sample gate failed, with both numbers; else null
     */
    public String advisory() {
        GateReport r = sample == null ? null : sample.report();
        return r != null && io.omegalock.gate.SampledTransfer.warns(r) ? r.message() : null;
    }

    /** @return true when the gate was skipped for want of a holdout scorer */
    public boolean gateSkipped() {
        return kcReport.status() == GateStatus.SKIP;
    }

    /**
     * @return the artifact, fields in SPEC §12 order, then provenance ({@code objective},
     *         {@code source}, {@code omega_lock_version}), then, with a sample, {@code transfer_sample}
     *         and {@code advisories} (the advisory, or empty)
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema_version", SCHEMA_VERSION);
        m.put("study_name", studyName);
        m.put("direction", direction.name());
        m.put("passed", passed);
        m.put("kc_report", kcReport.toMap());
        m.put("best_any", bestAny.toMap());
        m.put("best_feasible", bestFeasible == null ? null : bestFeasible.toMap());
        m.put("gated_best", gatedBest == null ? null : gatedBest.toMap());
        List<Object> cs = new ArrayList<>(candidates.size());
        for (AuditCandidate c : candidates) {
            cs.add(c.toMap());
        }
        m.put("candidates", cs);
        m.put("pearson", pearson);
        m.put("pearson_status", pearsonStatus);
        m.put("feasibility_source", feasibilitySource.artifactName());
        m.put("holdout_evaluated", holdoutEvaluated);
        m.put("n_trials_total", nTrialsTotal);
        m.put("n_trials_completed", nTrialsCompleted);
        m.put("top_n", topN);
        m.put("kc_thresholds", thresholds.toMap());
        m.put("objective", objective);
        m.put("source", source);
        m.put("omega_lock_version", Version.library());
        if (sample != null) {
            m.put("transfer_sample", sample.toMap());
            m.put("advisories", advisory() == null ? List.of() : List.of(advisory()));
        }
        return m;
    }

    /**
     * Writes the artifact as JSON (Python's spellings, {@code NaN} for a NaN holdout score).
     *
     * @param out    the destination
     * @param pretty two-space indentation when true
     * @throws UncheckedIOException when the destination fails
     */
    public void writeJson(Appendable out, boolean pretty) {
        JsonWriter.write(toMap(), out, pretty);
    }

    /**
     * @param pretty two-space indentation when true
     * @return the artifact as JSON text
     */
    public String toJson(boolean pretty) {
        return JsonWriter.toString(toMap(), pretty);
    }
}
