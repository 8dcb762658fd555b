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
 * The outcomes of one slice on their way back from an executor, column by column: primitive
 * arrays for the numbers (cheap to serialize, no object per candidate) and plain serializable
 * collections for metadata and artifacts (insertion order and value types kept, so the trail
 * hashes the same), or a failure's description.
 */
final class Outcomes implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] fitness;
    private final long[] nTrials;
    private final double[] wallSeconds;
    /** Per candidate: the metadata (a result), or null (no result, or a failure). */
    private final Object[] metadata;
    /** Per candidate: the artifacts when there are any, else null. */
    private final Object[] artifacts;
    /** Per candidate: what the target threw, described, or null. */
    private final String[] failures;
    /** Per candidate: whether the target returned a result. */
    private final boolean[] returned;

    private Outcomes(int n) {
        fitness = new double[n];
        nTrials = new long[n];
        wallSeconds = new double[n];
        metadata = new Object[n];
        artifacts = new Object[n];
        failures = new String[n];
        returned = new boolean[n];
    }

    /** Scores each params map on the executor; never throws for what the target does. */
    static Outcomes score(ExecutorTarget target, List<Map<String, Object>> params) {
        Outcomes out = new Outcomes(params.size());
        for (int i = 0; i < params.size(); i++) {
            long t0 = System.nanoTime();
            try {
                EvalResult r = target.evaluate(params.get(i));
                if (r != null) {
                    out.returned[i] = true;
                    out.fitness[i] = r.fitness();
                    out.nTrials[i] = r.nTrials();
                    out.metadata[i] = plain(r.metadata());
                    out.artifacts[i] = r.artifacts().isEmpty() ? null : plain(r.artifacts());
                }
            } catch (Exception | StackOverflowError e) {
                out.failures[i] = ReportedFailure.describe(e);
            }
            out.wallSeconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        return out;
    }

    int size() {
        return fitness.length;
    }

    @SuppressWarnings("unchecked")
    Scored scored(int i) {
        EvalResult r = returned[i] ? new EvalResult(fitness[i], nTrials[i], (Map<String, Object>) metadata[i],
                artifacts[i] == null ? Map.of() : (Map<String, Object>) artifacts[i]) : null;
        return new Scored(r, failures[i], wallSeconds[i]);
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
