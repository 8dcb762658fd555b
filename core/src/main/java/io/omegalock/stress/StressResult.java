package io.omegalock.stress;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The measured sensitivity of one parameter around the baseline. Field names follow the
 * reference's artifact.
 *
 * @param name             the parameter
 * @param baselineFitness  fitness at the baseline, f0
 * @param plusFitness      fitness after the + move (bool: the flip; choice: the most different choice)
 * @param minusFitness     fitness after the - move (bool and choice: f0)
 * @param epsilon          the perturbation (1 for bool and choice)
 * @param rawStress        max over sides of |Δfitness| / |Δvalue|
 * @param normalizedStress z-score of rawStress over the measured set
 * @param isBoolean        true for bool parameters
 * @param ofiBiased        the parameter's OFI flag
 * @param clippedPlus      clipping changed the + side
 * @param clippedMinus     clipping changed the - side
 * @param plusNTrials      action count of the + evaluation
 * @param minusNTrials     action count of the - evaluation (bool: the baseline's)
 * @param type             the parameter kind ({@code float}, {@code int}, {@code bool}, {@code choice})
 * @param failures         evaluations of this parameter that failed (their side counts as no change)
 */
public record StressResult(String name, double baselineFitness, double plusFitness, double minusFitness,
                           double epsilon, double rawStress, double normalizedStress, boolean isBoolean,
                           boolean ofiBiased, boolean clippedPlus, boolean clippedMinus, long plusNTrials,
                           long minusNTrials, String type, int failures) {

    /** @return a copy with the normalized stress set */
    public StressResult withNormalizedStress(double z) {
        return new StressResult(name, baselineFitness, plusFitness, minusFitness, epsilon, rawStress, z, isBoolean,
                ofiBiased, clippedPlus, clippedMinus, plusNTrials, minusNTrials, type, failures);
    }

    /** @return the artifact form with the reference's keys (plus {@code type} and {@code failed_evaluations}) */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("baseline_fitness", baselineFitness);
        m.put("plus_fitness", plusFitness);
        m.put("minus_fitness", minusFitness);
        m.put("epsilon", epsilon);
        m.put("raw_stress", rawStress);
        m.put("normalized_stress", normalizedStress);
        m.put("is_boolean", isBoolean);
        m.put("ofi_biased", ofiBiased);
        m.put("clipped_plus", clippedPlus);
        m.put("clipped_minus", clippedMinus);
        m.put("plus_n_trials", plusNTrials);
        m.put("minus_n_trials", minusNTrials);
        m.put("type", type);
        m.put("failed_evaluations", failures);
        return m;
    }
}
