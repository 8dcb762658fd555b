package io.omegalock.search;

import io.omegalock.eval.Evaluation;
import io.omegalock.json.FrozenMap;
import io.omegalock.space.Params;
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

    private static final FrozenMap.Keys SUMMARY = FrozenMap.Keys.of(List.of("idx", "unlocked", "fitness", "n_trials",
            "wall_s"));
    private static final FrozenMap.Keys FAILED_SUMMARY = FrozenMap.Keys.of(List.of("idx", "unlocked", "fitness",
            "n_trials", "wall_s", "error"));

    /** The key list of the unlocked names seen last: all candidates of a search share one names list. */
    private static volatile UnlockedKeys lastUnlocked;

    private record UnlockedKeys(List<String> names, FrozenMap.Keys keys) {
    }

    private FrozenMap.Keys unlockedKeys() {
        UnlockedKeys k = lastUnlocked;
        if (k == null || k.names() != unlockedNames) {
            k = new UnlockedKeys(unlockedNames, FrozenMap.Keys.of(unlockedNames));
            lastUnlocked = k;
        }
        return k.keys();
    }

    /**
     * The unlocked values, in unlock order: an immutable map sharing its keys with every other
     * candidate of the search (a grid's summaries are written 64,000 at a time).
     *
     * @return the unlocked values
     */
    public Map<String, Object> unlocked() {
        Object[] values = new Object[unlockedNames.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = evaluation.params().get(unlockedNames.get(i));
        }
        return FrozenMap.of(unlockedKeys(), values);
    }

    /** @return the reference's summary: {@code idx, unlocked, fitness, n_trials, wall_s} (+ {@code error}), immutable */
    public Map<String, Object> toSummary() {
        if (ok()) {
            return FrozenMap.of(SUMMARY, new Object[] {idx, unlocked(), fitness(), nTrials(), evaluation.wallSeconds()});
        }
        return FrozenMap.of(FAILED_SUMMARY, new Object[] {idx, unlocked(), null, nTrials(), evaluation.wallSeconds(),
            evaluation.failure()});
    }
}
