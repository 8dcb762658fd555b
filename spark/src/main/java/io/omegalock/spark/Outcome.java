package io.omegalock.spark;

import io.omegalock.eval.Scored;
import io.omegalock.target.EvalResult;
import io.omegalock.target.ReportedFailure;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One candidate's outcome on its way back from an executor: the result's parts as plain
 * serializable collections (insertion order and value types kept, so the trail hashes the same),
 * or the failure's description.
 *
 * @param returned    false when the target returned no result or threw
 * @param fitness     the fitness (NaN without a result)
 * @param nTrials     the action count
 * @param metadata    the metadata, or null
 * @param artifacts   the artifacts, or null
 * @param failure     what the target threw, described, or null
 * @param wallSeconds wall time of the evaluate call on the executor
 */
record Outcome(boolean returned, double fitness, long nTrials, Map<String, Object> metadata,
               Map<String, Object> artifacts, String failure, double wallSeconds) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Scores one candidate on the executor; never throws for what the target does. */
    static Outcome of(ExecutorTarget target, Map<String, Object> params) {
        long t0 = System.nanoTime();
        try {
            EvalResult r = target.evaluate(params);
            double wall = (System.nanoTime() - t0) / 1e9;
            return r == null ? new Outcome(false, Double.NaN, 0, null, null, null, wall)
                    : new Outcome(true, r.fitness(), r.nTrials(), plain(r.metadata()), plain(r.artifacts()), null, wall);
        } catch (Exception | StackOverflowError e) {
            return new Outcome(false, Double.NaN, 0, null, null, ReportedFailure.describe(e),
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    Scored scored() {
        EvalResult r = returned ? new EvalResult(fitness, nTrials, metadata, artifacts) : null;
        return new Scored(r, failure, wallSeconds);
    }

    @SuppressWarnings("unchecked")
    private static <T> T plain(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>(Math.max(4, m.size() * 2));
            m.forEach((k, v) -> out.put((String) k, plain(v)));
            return (T) out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object v : l) {
                out.add(plain(v));
            }
            return (T) out;
        }
        return value;
    }
}
