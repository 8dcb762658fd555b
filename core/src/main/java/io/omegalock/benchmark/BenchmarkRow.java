package io.omegalock.benchmark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run: a method on one seed of one keyhole, scored against the ground truth.
 *
 * @param keyhole            keyhole name
 * @param method             method name
 * @param seed               the seed
 * @param effectiveRecall    share of the effective parameters the method unlocked
 * @param effectivePrecision share of the unlocked parameters that are effective
 * @param paramL2Error       normalized distance of the found values to the expected optimum
 * @param fitnessGapPct      how far the found train fitness is below the seed's best, in percent
 * @param generalization     train-vs-test gap of the pick, with its status
 * @param sampleEfficiency   found fitness per train evaluation
 * @param wallSeconds        wall time of the method (not deterministic)
 * @param stressRankSpearman measured stress ranking vs the true importance ranking, or null
 * @param status             the method's status, or {@code CRASH:<exception type>}
 * @param nEvaluations       train evaluations spent
 * @param foundFitness       train fitness of the pick
 * @param testFitness        test fitness of the pick, or null
 * @param optimumFitness     the best train fitness of this seed
 * @param foundParams        what the method calibrated
 * @param unlocked           the parameters the method searched
 * @param stressRanking      the measured stress ranking, or null
 * @param error              the exception message of a crash, or null
 */
public record BenchmarkRow(String keyhole, String method, long seed, double effectiveRecall, double effectivePrecision,
                           double paramL2Error, double fitnessGapPct, GeneralizationGap generalization,
                           double sampleEfficiency, double wallSeconds, Double stressRankSpearman, String status,
                           long nEvaluations, double foundFitness, Double testFitness, double optimumFitness,
                           Map<String, Object> foundParams, List<String> unlocked, List<String> stressRanking,
                           String error) {

    /** Copies the collections. */
    public BenchmarkRow {
        Objects.requireNonNull(keyhole, "keyhole");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(generalization, "generalization");
        Objects.requireNonNull(status, "status");
        foundParams = Collections.unmodifiableMap(new LinkedHashMap<>(foundParams));
        unlocked = List.copyOf(unlocked);
        stressRanking = stressRanking == null ? null : List.copyOf(stressRanking);
    }

    /** @return true when the method's status is PASS */
    public boolean passed() {
        return "PASS".equals(status);
    }

    /** @return true when the method threw instead of reporting */
    public boolean crashed() {
        return status.startsWith("CRASH:");
    }

    /** @return {@code keyhole|method|seed=N}, the row's key in the regression fixture */
    public String key() {
        return keyhole + "|" + method + "|seed=" + seed;
    }

    /**
     * @return the row artifact: the reference's field names ({@code status_pass} 1/0,
     *     {@code status_raw}, {@code param_L2_error}, ...) plus ours
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("keyhole", keyhole);
        m.put("method", method);
        m.put("seed", seed);
        m.put("effective_recall", effectiveRecall);
        m.put("effective_precision", effectivePrecision);
        m.put("param_L2_error", paramL2Error);
        m.put("fitness_gap_pct", fitnessGapPct);
        m.put("generalization_gap", generalization.value());
        m.put("generalization_gap_status", generalization.status().name());
        m.put("sample_efficiency", sampleEfficiency);
        m.put("walltime_s", wallSeconds);
        m.put("stress_rank_spearman", stressRankSpearman);
        m.put("status_pass", passed() ? 1 : 0);
        m.put("status_raw", status);
        m.put("n_evaluations", nEvaluations);
        m.put("found_fitness", foundFitness);
        m.put("test_fitness", testFitness);
        m.put("optimum_fitness", optimumFitness);
        m.put("found_params", foundParams);
        m.put("unlocked", unlocked);
        m.put("stress_ranking", stressRanking);
        if (error != null) {
            m.put("error", error);
        }
        return m;
    }
}
