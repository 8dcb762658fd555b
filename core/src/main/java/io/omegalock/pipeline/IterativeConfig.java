package io.omegalock.pipeline;

import io.omegalock.BadInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Coordinate descent over rounds of the pipeline. Each round unlocks {@code round.unlockK()}
 * of the parameters not yet locked, with the round config's search, walk-forward and
 * thresholds; rounds select under the {@code record} policy and run without holdout, as the
 * reference does (the holdout is evaluated once, after the last round).
 *
 * @param round          the per-round pipeline settings
 * @param rounds         the maximum number of rounds, {@code >= 1}
 * @param minImprovement stop when a round improves on its baseline by less than this
 * @param stopOnKcFail   stop at the first round that does not pass
 */
public record IterativeConfig(PipelineConfig round, int rounds, double minImprovement, boolean stopOnKcFail) {

    /** @throws BadInputException naming the first invalid value */
    public IterativeConfig {
        if (rounds < 1) {
            throw new BadInputException("iterative.rounds must be >= 1, got " + rounds);
        }
        if (!Double.isFinite(minImprovement)) {
            throw new BadInputException("iterative.min_improvement must be finite, got " + minImprovement);
        }
        round = round.toBuilder().constraintPolicy(ConstraintPolicy.RECORD).build();
    }

    /** @return three rounds of the given pipeline settings, no minimum improvement, stop on failure */
    public static IterativeConfig of(PipelineConfig round) {
        return new IterativeConfig(round, 3, 0.0, true);
    }

    /** @return the artifact block */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rounds", rounds);
        m.put("per_round_unlock_k", round.unlockK());
        m.put("min_improvement", minImprovement);
        m.put("stop_on_kc_fail", stopOnKcFail);
        m.put("round_config", round.toMap());
        return m;
    }
}
