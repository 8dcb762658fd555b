package io.omegalock.eval;

/**
 * Hears about every finished evaluation (for progress display). Called from worker threads,
 * possibly concurrently and out of candidate order, so implementations must be thread-safe and
 * cheap; the listener never influences results.
 */
@FunctionalInterface
public interface EvaluationListener {
    /** A listener that does nothing. */
    EvaluationListener NONE = e -> { };

    /** @param evaluation the evaluation that just finished */
    void evaluated(Evaluation evaluation);
}
