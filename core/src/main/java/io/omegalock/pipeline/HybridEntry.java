package io.omegalock.pipeline;

import io.omegalock.eval.Evaluation;
import io.omegalock.search.Candidate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One candidate of the hybrid re-ranking: its search (train) score and, for the top N, its
 * validation score.
 *
 * @param candidate  the search candidate
 * @param validation its validation evaluation, or null when it was not re-evaluated
 */
public record HybridEntry(Candidate candidate, Evaluation validation) {

    /**
     * @return validation fitness where re-evaluated, else search fitness; a failed validation
     *     reads -inf so the candidate sinks rather than being ranked on a score it never got
     */
    public double finalFitness() {
        if (validation == null) {
            return candidate.fitness();
        }
        return validation.ok() ? validation.fitness() : Double.NEGATIVE_INFINITY;
    }

    /** @return the reference's {@code hybrid_top} entry */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("params", candidate.params().asMap());
        m.put("search_fitness", candidate.fitness());
        m.put("search_n_trials", candidate.nTrials());
        m.put("final_fitness", finalFitness());
        if (validation != null) {
            m.put("validation_fitness", validation.ok() ? validation.fitness() : null);
            m.put("validation_n_trials", validation.nTrials());
        }
        return m;
    }
}
