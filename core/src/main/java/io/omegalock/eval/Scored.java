package io.omegalock.eval;

import io.omegalock.target.EvalResult;

/**
 * What a remotely run target gave for one candidate, before any wrapper saw it: its result, or
 * the description of what it threw ({@link io.omegalock.target.ReportedFailure#describe}), or
 * neither when it returned no result.
 *
 * @param result      what the target returned, or null
 * @param failure     what it threw, described, or null
 * @param wallSeconds wall time of the evaluate call where it ran
 */
public record Scored(EvalResult result, String failure, double wallSeconds) {

    /** @throws IllegalArgumentException when both a result and a failure are given */
    public Scored {
        if (result != null && failure != null) {
            throw new IllegalArgumentException("a scored candidate has a result or a failure, not both");
        }
    }
}
