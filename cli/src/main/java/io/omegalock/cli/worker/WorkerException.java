package io.omegalock.cli.worker;

import io.omegalock.TargetFailureException;

/**
 * A worker evaluation failed: the process could not start, crashed, timed out, broke the
 * protocol, reported an error or returned a non-finite fitness. The evaluation engine records
 * it as a failed evaluation with this message as the reason.
 */
public class WorkerException extends TargetFailureException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, naming the worker and the request */
    public WorkerException(String message) {
        super(message);
    }
}
