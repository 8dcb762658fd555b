package io.omegalock.pipeline;

import io.omegalock.space.Params;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The single evaluation of the selected params on a slice no selection step saw.
 *
 * @param fitness           holdout fitness (NaN when the evaluation failed)
 * @param nTrials           holdout action count
 * @param params            the evaluated params
 * @param fitnessVsTrain    holdout minus train fitness of the selected candidate
 * @param fitnessVsTest     holdout minus its walk-forward test fitness (null without walk-forward)
 * @param tradeRatioVsTrain holdout / train action count (null when train's is 0)
 * @param mode              evidence-only or gate
 * @param gateStatus        EVIDENCE_ONLY, PASS or FAIL
 * @param failedReasons     why the gate failed (empty otherwise)
 * @param error             why the evaluation failed, or null
 */
public record HoldoutResult(double fitness, long nTrials, Params params, Double fitnessVsTrain, Double fitnessVsTest,
                            Double tradeRatioVsTrain, HoldoutMode mode, String gateStatus,
                            List<String> failedReasons, String error) {

    /** Copies the reasons. */
    public HoldoutResult {
        failedReasons = List.copyOf(failedReasons);
    }

    /** @return the reference's {@code holdout_result} artifact block */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fitness", error == null ? fitness : null);
        m.put("n_trials", nTrials);
        m.put("params", params.asMap());
        m.put("fitness_vs_train", fitnessVsTrain);
        m.put("fitness_vs_test", fitnessVsTest);
        m.put("trade_ratio_vs_train", tradeRatioVsTrain);
        m.put("mode", mode.wireName());
        m.put("gate_status", gateStatus);
        if (!failedReasons.isEmpty()) {
            m.put("gate_failed_reasons", failedReasons);
        }
        if (error != null) {
            m.put("error", error);
        }
        return m;
    }
}
