package io.omegalock.eval;

import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;

/**
 * One evaluated candidate: the params, what the target returned, and why it failed if it did.
 * A failed evaluation (the target threw, or returned a non-finite fitness) is never selected
 * as best; its fitness reads NaN.
 *
 * @param params      the full param map that was evaluated
 * @param result      what the target returned, or null when it threw
 * @param failure     why the evaluation failed, or null when it succeeded
 * @param wallSeconds wall time of the evaluate call
 */
public record Evaluation(Params params, EvalResult result, String failure, double wallSeconds) {

    /** @return true when the target returned a finite fitness */
    public boolean ok() {
        return failure == null;
    }

    /** @return the fitness, NaN for a failed evaluation */
    public double fitness() {
        return failure == null ? result.fitness() : Double.NaN;
    }

    /** @return the action count, 0 when the target threw */
    public long nTrials() {
        return result == null ? 0 : result.nTrials();
    }

    /**
     * Classifies what a target returned.
     *
     * @param params      the evaluated params
     * @param result      the returned result
     * @param wallSeconds the wall time
     * @return a success, or a failure when the fitness is not finite
     */
    public static Evaluation of(Params params, EvalResult result, double wallSeconds) {
        if (!Double.isFinite(result.fitness())) {
            return new Evaluation(params, result, "non-finite fitness: " + result.fitness(), wallSeconds);
        }
        return new Evaluation(params, result, null, wallSeconds);
    }

    /**
     * @param params      the evaluated params
     * @param error       what the target threw
     * @param wallSeconds the wall time
     * @return a failed evaluation keeping the exception's type and message
     */
    public static Evaluation failed(Params params, Throwable error, double wallSeconds) {
        return new Evaluation(params, null, io.omegalock.target.ReportedFailure.describe(error), wallSeconds);
    }
}
