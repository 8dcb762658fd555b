package io.omegalock.search;

import io.omegalock.eval.Evaluation;
import io.omegalock.space.Params;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluated search point. The unlocked view is derived on demand from the full params so
 * that a 64,000-point grid does not hold 64,000 small maps.
 *
 * @param idx           position in evaluation order, from 0 (across zoom rounds)
 * @param evaluation    the evaluation of the full params
 * @param unlockedNames the unlocked parameters, in unlock order (shared by all candidates)
 */
public record Candidate(int idx, Evaluation evaluation, List<String> unlockedNames) {

    /** @return the full param map that was evaluated */
    public Params params() {
        return evaluation.params();
    }

    /** @return the fitness, NaN when the evaluation failed */
    public double fitness() {
        return evaluation.fitness();
    }

    /** @return the action count */
    public long nTrials() {
        return evaluation.nTrials();
    }

    /** @return true when the evaluation succeeded */
    public boolean ok() {
        return evaluation.ok();
    }

    /** @return the unlocked values, in unlock order */
    public Map<String, Object> unlocked() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String n : unlockedNames) {
            m.put(n, evaluation.params().get(n));
        }
        return m;
    }

    /** @return the reference's summary: {@code idx, unlocked, fitness, n_trials, wall_s} (+ {@code error}) */
    public Map<String, Object> toSummary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("idx", idx);
        m.put("unlocked", unlocked());
        m.put("fitness", ok() ? fitness() : null);
        m.put("n_trials", nTrials());
        m.put("wall_s", evaluation.wallSeconds());
        if (!ok()) {
            m.put("error", evaluation.failure());
        }
        return m;
    }
}
