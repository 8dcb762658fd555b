package io.omegalock.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One method's runs summarised. Crashed runs count in {@code nRuns}, {@code nCrashed} and the
 * pass rate (as failures) but not in the metric statistics, whose values they do not have.
 * The generalization gap is averaged over runs with status OK only (a near-zero train score
 * makes the relative gap explode, and a run without test has none); Spearman over the runs
 * that measured one.
 *
 * @param method             method name
 * @param keyhole            the keyhole summarised, or null for all keyholes
 * @param nRuns              runs, crashed included
 * @param nCrashed           runs that threw
 * @param passRate           share of runs with status PASS
 * @param recall             effective recall
 * @param precision          effective precision
 * @param paramL2Error       normalized L2 error
 * @param fitnessGapPct      fitness gap in percent
 * @param generalizationGap  generalization gap (status OK runs)
 * @param sampleEfficiency   found fitness per evaluation
 * @param wallSeconds        wall time
 * @param stressRankSpearman stress-ranking correlation (runs that measured one)
 * @param nEvaluations       train evaluations
 */
public record MethodSummary(String method, String keyhole, int nRuns, int nCrashed, double passRate, MeanStd recall,
                            MeanStd precision, MeanStd paramL2Error, MeanStd fitnessGapPct,
                            MeanStd generalizationGap, MeanStd sampleEfficiency, MeanStd wallSeconds,
                            MeanStd stressRankSpearman, MeanStd nEvaluations) {

    /**
     * @param method  the method name
     * @param keyhole the keyhole name, or null when the rows span keyholes
     * @param rows    that method's rows, in benchmark order
     * @return the summary
     */
    public static MethodSummary of(String method, String keyhole, List<BenchmarkRow> rows) {
        List<BenchmarkRow> ok = new ArrayList<>();
        int passed = 0;
        for (BenchmarkRow r : rows) {
            if (!r.crashed()) {
                ok.add(r);
            }
            if (r.passed()) {
                passed++;
            }
        }
        List<Double> gen = new ArrayList<>();
        List<Double> rho = new ArrayList<>();
        for (BenchmarkRow r : ok) {
            if (r.generalization().status() == GapStatus.OK) {
                gen.add(r.generalization().value());
            }
            if (r.stressRankSpearman() != null) {
                rho.add(r.stressRankSpearman());
            }
        }
        return new MethodSummary(method, keyhole, rows.size(), rows.size() - ok.size(),
                rows.isEmpty() ? 0.0 : (double) passed / rows.size(),
                stat(ok, BenchmarkRow::effectiveRecall), stat(ok, BenchmarkRow::effectivePrecision),
                stat(ok, BenchmarkRow::paramL2Error), stat(ok, BenchmarkRow::fitnessGapPct), MeanStd.of(gen),
                stat(ok, BenchmarkRow::sampleEfficiency), stat(ok, BenchmarkRow::wallSeconds), MeanStd.of(rho),
                stat(ok, r -> r.nEvaluations()));
    }

    private static MeanStd stat(List<BenchmarkRow> rows, ToDoubleFunction<BenchmarkRow> metric) {
        List<Double> values = new ArrayList<>(rows.size());
        for (BenchmarkRow r : rows) {
            values.add(metric.applyAsDouble(r));
        }
        return MeanStd.of(values);
    }

    /** @return the summary artifact: {@code method, keyhole, n_runs, n_crashed, pass_rate} and one block per metric */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method);
        m.put("keyhole", keyhole);
        m.put("n_runs", nRuns);
        m.put("n_crashed", nCrashed);
        m.put("pass_rate", passRate);
        m.put("effective_recall", recall.toMap());
        m.put("effective_precision", precision.toMap());
        m.put("param_L2_error", paramL2Error.toMap());
        m.put("fitness_gap_pct", fitnessGapPct.toMap());
        m.put("generalization_gap", generalizationGap.toMap());
        m.put("sample_efficiency", sampleEfficiency.toMap());
        m.put("walltime_s", wallSeconds.toMap());
        m.put("stress_rank_spearman", stressRankSpearman.toMap());
        m.put("n_evaluations", nEvaluations.toMap());
        return m;
    }
}
