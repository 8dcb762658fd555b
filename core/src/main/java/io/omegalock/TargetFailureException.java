package io.omegalock;

/**
 * A target failed where the run cannot go on, e.g. the baseline evaluation (every later
 * number is relative to it). Failures during stress or search are recorded, not thrown.
 */
public class TargetFailureException extends OmegaLockException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed and why */
    public TargetFailureException(String message) {
        super(message);
    }
}
