package io.omegalock;

/** Invalid user input: a parameter spec, a config value, a spec file or a data file. */
public class BadInputException extends OmegaLockException {
    private static final long serialVersionUID = 1L;

    /** @param message names the parameter, key or file at fault and what was expected */
    public BadInputException(String message) {
        super(message);
    }

    /**
     * @param message names the parameter, key or file at fault and what was expected
     * @param cause   the parser or I/O failure behind it
     */
    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
