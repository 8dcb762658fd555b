package io.omegalock.target;

import io.omegalock.BadInputException;
import io.omegalock.json.FrozenMap;
import java.util.Map;

/**
 * What one evaluation returns.
 *
 * @param fitness   the score, maximized (negate a loss); non-finite marks a failed evaluation
 * @param nTrials   the action count behind the score (trades, samples), {@code >= 0}
 * @param metadata  JSON-compatible diagnostics, read by constraints; insertion order is kept
 * @param artifacts large payloads, never written to the trail unless asked
 */
public record EvalResult(double fitness, long nTrials, Map<String, Object> metadata, Map<String, Object> artifacts) {

    /** @throws BadInputException when nTrials is negative */
    public EvalResult {
        if (nTrials < 0) {
            throw new BadInputException("n_trials must be >= 0, got " + nTrials);
        }
        metadata = frozen(metadata);
        artifacts = frozen(artifacts);
    }

    /** @return a result with one action and no metadata */
    public static EvalResult of(double fitness) {
        return new EvalResult(fitness, 1, Map.of(), Map.of());
    }

    /** @return a result with no metadata */
    public static EvalResult of(double fitness, long nTrials) {
        return new EvalResult(fitness, nTrials, Map.of(), Map.of());
    }

    /** @return a result with metadata and no artifacts */
    public static EvalResult of(double fitness, long nTrials, Map<String, ?> metadata) {
        return new EvalResult(fitness, nTrials, metadata == null ? Map.of() : FrozenMap.copyOf(metadata), Map.of());
    }

    /**
     * @param extra entries to add (or replace) in the metadata
     * @return a copy with the merged metadata
     */
    public EvalResult withMetadata(Map<String, ?> extra) {
        FrozenMap.Builder<Object> m = FrozenMap.builder(metadata.size() + extra.size());
        m.putAll(metadata).putAll(extra);
        return new EvalResult(fitness, nTrials, m.build(), artifacts);
    }

    /** @return a copy without artifacts */
    public EvalResult withoutArtifacts() {
        return artifacts.isEmpty() ? this : new EvalResult(fitness, nTrials, metadata, Map.of());
    }

    private static Map<String, Object> frozen(Map<String, Object> m) {
        if (m == null || m.isEmpty()) {
            return Map.of();
        }
        // Map.copyOf would reject the nulls JSON metadata may hold and lose insertion order; a
        // map that is frozen already (the audit wrapper's) is kept as it is.
        return FrozenMap.copyOf(m);
    }
}
