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
 */
record TransferDecision(String test, String statistic, Double value, String pValue, boolean significant,
                        String alpha, String basis) {

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
        return new TransferDecision(key.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + key.substring(1),
                statistic, Fields.number(detail, statistic, where), PValues.format(p),
                Boolean.TRUE.equals(detail.get("p_value_ok")), Fmt.count(detail.get("alpha")), basis);
    }

    /** @return {@code one-sided Spearman permutation test} */
    String name() {
        return "one-sided " + test + " permutation test";
    }

    /** @return {@code spearman = 0.976, p = 2.8e-07 <= alpha 0.05 (exact: 1 of 3628800 orderings ...)} */
    String numbers() {
        return statistic + " = " + Fmt.num(value) + ", p = " + pValue + (significant ? " <= " : " > ") + "alpha "
                + alpha + (basis == null ? "" : " (" + basis + ")");
    }
}
