package io.omegalock.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict of {@link GateScores}: do train scores predict holdout scores?
 *
 * @param passed        the correlation gate passed
 * @param pearson       the correlation, or null when it could not be computed
 * @param reasons       plain-language reasons (why it failed, or what it measured)
 * @param kcReport      the KC-4 report behind the verdict
 * @param trainScores   the train scores, as given
 * @param holdoutScores the holdout scores, as given
 * @param sampleReport  the selection-aware sample gate's {@code KC-4-SAMPLE} advisory report when a
 *                      pool sample was given and another rule decided, else null
 */
public record GateVerdict(boolean passed, Double pearson, List<String> reasons, GateReport kcReport,
                          List<Double> trainScores, List<Double> holdoutScores, GateReport sampleReport) {

    /** The artifact kind marker, so report renderers recognise a saved verdict. */
    public static final String SCHEMA_VERSION = "omega-lock.gate-verdict.v1";

    /** Copies the lists. */
    public GateVerdict {
        reasons = List.copyOf(reasons);
        trainScores = List.copyOf(trainScores);
        holdoutScores = List.copyOf(holdoutScores);
    }

    /**
     * @return the advisory when KC-4 passed under the reference's Pearson rule and the
     *         selection-aware sample gate failed, with both numbers; else null
     */
    public String advisory() {
        return sampleReport != null && SampledTransfer.warns(sampleReport) ? sampleReport.message() : null;
    }

    /**
     * @return the reference's fields ({@code passed, pearson, reasons, kc_report, train_scores, holdout_scores}),
     *         then, when a pool sample was given and another rule decided, {@code sample_report} and
     *         {@code advisories} (the advisory, or empty)
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema_version", SCHEMA_VERSION);
        m.put("passed", passed);
        m.put("pearson", pearson);
        m.put("pearson_status", kcReport.detail().get("pearson_status"));
        m.put("n_candidates", trainScores.size());
        m.put("reasons", new ArrayList<>(reasons));
        m.put("kc_report", kcReport.toMap());
        m.put("train_scores", new ArrayList<Object>(trainScores));
        m.put("holdout_scores", new ArrayList<Object>(holdoutScores));
        if (sampleReport != null) {
            m.put("sample_report", sampleReport.toMap());
            m.put("advisories", advisory() == null ? List.of() : List.of(advisory()));
        }
        return m;
    }
}
