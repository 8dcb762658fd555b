package io.omegalock.space;

import io.omegalock.BadInputException;

/** Shared checks and wording for parameter names and values in error messages. */
final class Names {
    private Names() {
    }

    static void require(String name) {
        if (name == null || name.isBlank()) {
            throw new BadInputException("parameter name must be a non-empty string, got " + describe(name));
        }
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "'" + s + "' (string)";
        }
        return value + " (" + value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
