package io.omegalock.gate;

import io.omegalock.BadInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kill-criteria thresholds, declared before the run. Immutable; derive variants with the
 * {@code withX} methods.
 *
 * @param timeBoxSeconds        KC-1 budget, {@code > 0}
 * @param giniMin               KC-2 minimum Gini of the stresses
 * @param topBotRatioMin        KC-2 minimum ratio of top-k to bottom-k mean stress
 * @param minNonzeroStressCount KC-2 optional floor on stresses > 0 (null: advisory only)
 * @param tradeCountMin         KC-3 action-count floor
 * @param pearsonMin            KC-4 minimum train/test Pearson
 * @param tradeRatioMin         KC-4 minimum test/train action ratio
 * @param actionGates           whether KC-3 and the KC-4 trade ratio apply
 */
public record Thresholds(double timeBoxSeconds, double giniMin, double topBotRatioMin, Integer minNonzeroStressCount,
                         long tradeCountMin, double pearsonMin, double tradeRatioMin, ActionGates actionGates) {

    /** @throws BadInputException when a threshold is not finite or the time box is not positive */
    public Thresholds {
        requireFinite("time_box_seconds", timeBoxSeconds);
        requireFinite("gini_min", giniMin);
        requireFinite("top_bot_ratio_min", topBotRatioMin);
        requireFinite("pearson_min", pearsonMin);
        requireFinite("trade_ratio_min", tradeRatioMin);
        if (timeBoxSeconds <= 0) {
            throw new BadInputException("kc_thresholds.time_box_seconds must be > 0, got " + timeBoxSeconds);
        }
        if (minNonzeroStressCount != null && minNonzeroStressCount < 0) {
            throw new BadInputException("kc_thresholds.min_nonzero_stress_count must be >= 0, got "
                    + minNonzeroStressCount);
        }
        if (actionGates == null) {
            throw new BadInputException("kc_thresholds: action gates must be CHECKED or SKIPPED, got null");
        }
    }

    /** @return the reference defaults: 3 days, Gini 0.2, ratio 2.0, 50 actions, Pearson 0.3, ratio 0.5 */
    public static Thresholds defaults() {
        return new Thresholds(259200, 0.2, 2.0, null, 50, 0.3, 0.5, ActionGates.CHECKED);
    }

    /** @return the defaults with the action-count gates skipped (KC-3 SKIP, KC-4 correlation only) */
    public static Thresholds pureObjective() {
        return defaults().withActionGates(ActionGates.SKIPPED);
    }

    /** @return a copy with another time box */
    public Thresholds withTimeBoxSeconds(double v) {
        return new Thresholds(v, giniMin, topBotRatioMin, minNonzeroStressCount, tradeCountMin, pearsonMin,
                tradeRatioMin, actionGates);
    }

    /** @return a copy with another Gini floor */
    public Thresholds withGiniMin(double v) {
        return new Thresholds(timeBoxSeconds, v, topBotRatioMin, minNonzeroStressCount, tradeCountMin, pearsonMin,
                tradeRatioMin, actionGates);
    }

    /** @return a copy with another top/bottom ratio floor */
    public Thresholds withTopBotRatioMin(double v) {
        return new Thresholds(timeBoxSeconds, giniMin, v, minNonzeroStressCount, tradeCountMin, pearsonMin,
                tradeRatioMin, actionGates);
    }

    /** @return a copy with a floor on the count of non-zero stresses (null: advisory only) */
    public Thresholds withMinNonzeroStressCount(Integer v) {
        return new Thresholds(timeBoxSeconds, giniMin, topBotRatioMin, v, tradeCountMin, pearsonMin, tradeRatioMin,
                actionGates);
    }

    /** @return a copy with another action-count floor */
    public Thresholds withTradeCountMin(long v) {
        return new Thresholds(timeBoxSeconds, giniMin, topBotRatioMin, minNonzeroStressCount, v, pearsonMin,
                tradeRatioMin, actionGates);
    }

    /** @return a copy with another Pearson floor */
    public Thresholds withPearsonMin(double v) {
        return new Thresholds(timeBoxSeconds, giniMin, topBotRatioMin, minNonzeroStressCount, tradeCountMin, v,
                tradeRatioMin, actionGates);
    }

    /** @return a copy with another trade-ratio floor */
    public Thresholds withTradeRatioMin(double v) {
        return new Thresholds(timeBoxSeconds, giniMin, topBotRatioMin, minNonzeroStressCount, tradeCountMin,
                pearsonMin, v, actionGates);
    }

    /** @return a copy with the action-count gates checked or skipped */
    public Thresholds withActionGates(ActionGates v) {
        return new Thresholds(timeBoxSeconds, giniMin, topBotRatioMin, minNonzeroStressCount, tradeCountMin,
                pearsonMin, tradeRatioMin, v);
    }

    /** @return the artifact form ({@code kc_thresholds}), reference keys first */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time_box_seconds", Numbers.integralAsLong(timeBoxSeconds));
        m.put("gini_min", giniMin);
        m.put("top_bot_ratio_min", topBotRatioMin);
        m.put("min_nonzero_stress_count", minNonzeroStressCount);
        m.put("trade_count_min", tradeCountMin);
        m.put("pearson_min", pearsonMin);
        m.put("trade_ratio_min", tradeRatioMin);
        m.put("action_count_gates", actionGates == ActionGates.CHECKED);
        return m;
    }

    private static void requireFinite(String key, double v) {
        if (!Double.isFinite(v)) {
            throw new BadInputException("kc_thresholds." + key + " must be finite, got " + v);
        }
    }
}
