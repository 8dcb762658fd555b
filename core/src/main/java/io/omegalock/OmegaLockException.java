package io.omegalock;

/**
 * The one unchecked exception family of the library. Subtypes say what the caller can do
 * about it: {@link BadInputException} means "fix your spec or data", {@link TargetFailureException}
 * means "the thing being evaluated broke", {@link BrokenTrailException} means "the audit trail
 * does not verify". Anything else escaping the library is an internal bug.
 */
public class OmegaLockException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the parameter, key or file at fault */
    public OmegaLockException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public OmegaLockException(String message, Throwable cause) {
        super(message, cause);
    }
}
