package io.omegalock;

/** An audit trail or hash chain that does not verify, or cannot be read as one. */
public class BrokenTrailException extends OmegaLockException {
    private static final long serialVersionUID = 1L;

    /** @param message names the first entry that breaks and why */
    public BrokenTrailException(String message) {
        super(message);
    }
}
