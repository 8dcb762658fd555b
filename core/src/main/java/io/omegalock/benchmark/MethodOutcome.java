package io.omegalock.benchmark;

import io.omegalock.BadInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one calibration run reports to the benchmark (the reference's runner contract).
 *
 * @param foundParams   the values the method calibrated (the parameters it unlocked or locked;
 *                      parameters it never moved are left out and count as missing)
 * @param foundFitness  the train fitness of the pick
 * @param testFitness   the pick's test fitness, or null when the method measured none
 * @param unlocked      the parameters the method chose to search, in its order
 * @param stressRanking every measured parameter by stress, most sensitive first, or null
 * @param status        {@code PASS} or {@code FAIL:...}
 * @param nEvaluations  train evaluations spent (baseline, stress, search)
 */
public record MethodOutcome(Map<String, Object> foundParams, double foundFitness, Double testFitness,
                            List<String> unlocked, List<String> stressRanking, String status, long nEvaluations) {

    /** @throws BadInputException when a list or map is missing, the status is null or the count negative */
    public MethodOutcome {
        if (foundParams == null || unlocked == null || status == null) {
            throw new BadInputException("a method outcome needs found params, unlocked names and a status");
        }
        if (nEvaluations < 0) {
            throw new BadInputException("n_evaluations must be >= 0, got " + nEvaluations);
        }
        foundParams = Collections.unmodifiableMap(new LinkedHashMap<>(foundParams));
        unlocked = List.copyOf(unlocked);
        stressRanking = stressRanking == null ? null : List.copyOf(stressRanking);
    }

    /** @return true when the status is PASS */
    public boolean passed() {
        return "PASS".equals(status);
    }
}
