package io.omegalock.optuna;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One completed trial as the audit reports it, values in the study's own orientation.
 *
 * @param number       the trial number
 * @param params       the trial's decoded params
 * @param trainValue   the study's value for the audited objective
 * @param holdoutValue the holdout score, or null when not evaluated (no scorer) or the
 *                     evaluation failed
 * @param feasible     true / false, or null when the study says nothing about this trial
 * @param holdoutError why the holdout evaluation failed, or null
 */
public record AuditCandidate(int number, Map<String, Object> params, double trainValue, Double holdoutValue,
                             Boolean feasible, String holdoutError) {

    /** Copies the params (which may hold a null categorical choice). */
    public AuditCandidate {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** @return a copy carrying a holdout outcome */
    AuditCandidate withHoldout(Double value, String error) {
        return new AuditCandidate(number, params, trainValue, value, feasible, error);
    }

    /**
     * @return the artifact form {@code {number, params, train_value, holdout_value, feasible}}, plus
     *         {@code holdout_error} when the holdout evaluation failed
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("params", params);
        m.put("train_value", trainValue);
        m.put("holdout_value", holdoutValue);
        m.put("feasible", feasible);
        if (holdoutError != null) {
            m.put("holdout_error", holdoutError);
        }
        return m;
    }
}
