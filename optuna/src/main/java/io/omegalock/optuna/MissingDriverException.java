package io.omegalock.optuna;

import io.omegalock.BadInputException;

/**
 * A database storage URL whose JDBC driver is not on the class path. Its own type so that a
 * front end can add how its users supply a driver (the command line names its launcher's
 * {@code OMEGA_LOCK_CLASSPATH}); the message already names the dialect and the driver's
 * Maven coordinates.
 */
public final class MissingDriverException extends BadInputException {
    private static final long serialVersionUID = 1L;

    MissingDriverException(String message, Throwable cause) {
        super(message, cause);
    }
}
