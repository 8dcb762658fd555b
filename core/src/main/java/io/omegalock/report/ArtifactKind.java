package io.omegalock.report;

import io.omegalock.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The artifact kinds a scorecard can render, recognised from their fields so that artifacts
 * written by the Python reference (which carry no schema tag) render as well as ours.
 */
public enum ArtifactKind {
    /** A P1/P2 pipeline result: {@code status}, {@code kc_reports}, {@code grid_results}. */
    PIPELINE_RESULT("pipeline result"),
    /** An iterative (coordinate descent) result: {@code final_status}, {@code rounds}. */
    ITERATIVE_RESULT("iterative result"),
    /** An audit report: {@code method}, {@code runs}, {@code summary}. */
    AUDIT_REPORT("audit report"),
    /** An Optuna study audit: {@code schema_version} {@value #STUDY_AUDIT_SCHEMA}. */
    STUDY_AUDIT("study audit"),
    /** A gate verdict: {@code schema_version} {@value #GATE_VERDICT_SCHEMA}. */
    GATE_VERDICT("gate verdict");

    /** The schema tag of a study audit. */
    public static final String STUDY_AUDIT_SCHEMA = "omega-lock.study-audit.v1";
    /** The schema tag of a gate verdict. */
    public static final String GATE_VERDICT_SCHEMA = "omega-lock.gate-verdict.v1";

    private final String label;

    ArtifactKind(String label) {
        this.label = label;
    }

    /** @return the plain name, e.g. {@code pipeline result} */
    public String label() {
        return label;
    }

    /**
     * Recognises an artifact. A known {@code schema_version} decides first; otherwise the
     * fields do: {@code final_status} + {@code rounds} (iterative), {@code status} +
     * {@code kc_reports} + {@code grid_results} (pipeline), {@code method} + {@code runs} +
     * {@code summary} (audit report), {@code passed} + {@code kc_report} + {@code train_scores}
     * + {@code holdout_scores} (gate verdict), and, for study audits written before the schema
     * tag, {@code study_name} + {@code candidates}.
     *
     * @param artifact a parsed JSON object
     * @return its kind
     * @throws BadInputException when it is null or none of the kinds, naming the fields each kind needs
     */
    public static ArtifactKind detect(Map<String, ?> artifact) {
        if (artifact == null) {
            throw new BadInputException("no artifact: expected a JSON object");
        }
        Object schema = artifact.get("schema_version");
        if (STUDY_AUDIT_SCHEMA.equals(schema)) {
            return STUDY_AUDIT;
        }
        if (GATE_VERDICT_SCHEMA.equals(schema)) {
            return GATE_VERDICT;
        }
        if (has(artifact, "final_status", "rounds")) {
            return ITERATIVE_RESULT;
        }
        if (has(artifact, "status", "kc_reports", "grid_results")) {
            return PIPELINE_RESULT;
        }
        if (has(artifact, "method", "runs", "summary")) {
            return AUDIT_REPORT;
        }
        if (has(artifact, "passed", "kc_report", "train_scores", "holdout_scores")) {
            return GATE_VERDICT;
        }
        if (has(artifact, "study_name", "candidates")) {
            return STUDY_AUDIT;
        }
        throw new BadInputException("not an Omega-Lock artifact: expected a pipeline result (status, kc_reports, "
                + "grid_results), an iterative result (final_status, rounds), an audit report (method, runs, "
                + "summary), a study audit (schema_version " + STUDY_AUDIT_SCHEMA + ") or a gate verdict "
                + "(schema_version " + GATE_VERDICT_SCHEMA + ", or passed, kc_report, train_scores, "
                + "holdout_scores); found " + describeKeys(artifact));
    }

    private static boolean has(Map<String, ?> m, String... keys) {
        for (String k : keys) {
            if (!m.containsKey(k)) {
                return false;
            }
        }
        return true;
    }

    private static String describeKeys(Map<String, ?> m) {
        if (m.isEmpty()) {
            return "an empty object";
        }
        List<String> keys = new ArrayList<>();
        for (Map.Entry<?, ?> e : Fields.ordered(m)) {
            if (keys.size() == 12) {
                keys.add("...");
                break;
            }
            keys.add(String.valueOf(e.getKey()));
        }
        return "keys " + keys + (m.get("schema_version") != null ? " with schema_version " + m.get("schema_version") : "");
    }
}
