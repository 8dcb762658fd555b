package io.omegalock.report;

import io.omegalock.gate.PValues;
import java.util.Map;

/**
 * Which test decided a transfer gate (KC-4) and on what numbers, read from the report's detail.
 * With {@code transfer_test} {@code spearman} or {@code kendall} the verdict came from a
 * one-sided permutation test, not from Pearson; the scorecard must say so and show the
 * statistic and its p-value, written by {@link PValues} exactly as the gate message writes it.
 *
 * @param test        {@code Spearman} or {@code Kendall}
 * @param statistic   the statistic's key ({@code spearman}, {@code kendall_tau_b})
 * @param value       the statistic's value, or null
 * @param pValue      the formatted p-value
 * @param significant whether p &lt;= alpha
 * @param alpha       the formatted significance level
 * @param basis       what the p-value counts ({@link PValues#basis}), or null when not recorded
 * @param sample      for the selection-aware sample gate ({@code transfer_test: sample}), what it
 *                    tested beyond the permutation test; null for the plain rank tests
 */
record TransferDecision(String test, String statistic, Double value, String pValue, boolean significant,
                        String alpha, String basis, SampleGate sample) {

    /**
     * The sample gate's scope and its second condition, the train winner against the sample.
     *
     * @param topN     candidates of the train top N in the test
     * @param sampled  pool candidates sampled outside the top N
     * @param beats    how many sampled candidates the train winner beats on test (ties count half)
     * @param winnerOk whether that is more than half
     */
    record SampleGate(Object topN, Object sampled, Object beats, boolean winnerOk) {
    }

    /**
     * @param detail a KC-4 report's detail, or null
     * @param where  the artifact path, for error messages
     * @return the permutation test's decision, or null when the gate used the Pearson threshold
     *     (the reference's rule) or the test could not run
     */
    static TransferDecision of(Map<String, Object> detail, String where) {
        if (detail == null || detail.get("p_value") == null) {
            return null;
        }
        String key = Fields.text(detail, "transfer_test");
        String statistic = Fields.text(detail, "statistic");
        if (key == null || statistic == null) {
            return null;
        }
        Double p = Fields.number(detail, "p_value", where);
        Object permutations = detail.get("permutations");
        Object extreme = detail.get("at_least_as_extreme");
        String basis = permutations instanceof Number n && extreme instanceof Number k
                ? PValues.basis(Fields.text(detail, "p_value_method"), n.longValue(), k.longValue()) : null;
        SampleGate sample = "sample".equals(key) ? new SampleGate(detail.get("n_points"), detail.get("n_sample"),
                detail.get("winner_beats_sample"), Boolean.TRUE.equals(detail.get("winner_ok"))) : null;
        String test = sample != null ? statistic : key;
        return new TransferDecision(test.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + test.substring(1),
                statistic, Fields.number(detail, statistic, where), PValues.format(p),
                Boolean.TRUE.equals(detail.get("p_value_ok")), Fmt.count(detail.get("alpha")), basis, sample);
    }

    /** @return {@code one-sided Spearman permutation test}, or the sample gate with its two parts */
    String name() {
        String permutation = "one-sided " + test + " permutation test";
        return sample == null ? permutation : "selection-aware sample gate (a " + permutation
                + " over the top N and a pool sample, and the train winner against the sample)";
    }

    /** @return {@code spearman = 0.976, p = 2.8e-07 <= alpha 0.05 (exact: 1 of 3628800 orderings ...)} */
    String numbers() {
        String test = statistic + " = " + Fmt.num(value) + ", p = " + pValue + (significant ? " <= " : " > ")
                + "alpha " + alpha + (basis == null ? "" : " (" + basis + ")");
        return sample == null ? test : test + " over the top " + Fmt.count(sample.topN()) + " and "
                + Fmt.count(sample.sampled()) + " sampled; the train winner beats " + wins(sample.beats())
                + " of " + Fmt.count(sample.sampled()) + " sampled on test"
                + (sample.winnerOk() ? " (more than half)" : " (not more than half)");
    }

    /** @return a count of wins, where a tie counts half: {@code 7}, {@code 6.5} */
    private static String wins(Object beats) {
        return beats instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                ? Long.toString(n.longValue()) : Fmt.count(beats);
    }

    /**
     * @param pairs the verdict's scored pairs, e.g. {@code 10 pairs}
     * @return what the test ran over: the pairs, or nothing more for the sample gate, whose
     *     {@link #numbers()} already name the top N and the sample
     */
    String over(String pairs) {
        return sample == null ? " over " + pairs : "";
    }
}
