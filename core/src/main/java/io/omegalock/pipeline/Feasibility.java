package io.omegalock.pipeline;

import io.omegalock.eval.Evaluation;
import io.omegalock.search.Candidate;
import java.util.Collection;

/**
 * Reads feasibility off an evaluation: the auditing wrapper writes the names of failed
 * constraints into the result's metadata under {@code _constraints_failed}. A bare target has
 * no constraints, so everything it returns is feasible.
 */
public final class Feasibility {
    /** The metadata key the auditing wrapper fills with failed constraint names. */
    public static final String FAILED_KEY = "_constraints_failed";
    /** The metadata key the auditing wrapper fills with passed constraint names. */
    public static final String PASSED_KEY = "_constraints_passed";

    private Feasibility() {
    }

    /** @return true when the evaluation succeeded and no declared constraint failed on it */
    public static boolean feasible(Evaluation e) {
        if (!e.ok()) {
            return false;
        }
        Object failed = e.result().metadata().get(FAILED_KEY);
        return !(failed instanceof Collection<?> c) || c.isEmpty();
    }

    /** @return true when the candidate is feasible */
    public static boolean feasible(Candidate c) {
        return feasible(c.evaluation());
    }
}
