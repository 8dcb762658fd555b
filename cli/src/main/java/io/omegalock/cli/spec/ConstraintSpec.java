package io.omegalock.cli.spec;

import java.util.Objects;

/**
 * A declared hard constraint, as written in the spec.
 *
 * @param name        unique name
 * @param expr        the CEL expression; sees {@code params}, {@code fitness}, {@code n_trials}
 *                    and {@code metadata}, and must evaluate to a boolean
 * @param description what it means ({@code ""} when absent)
 */
public record ConstraintSpec(String name, String expr, String description) {

    /** @throws NullPointerException when name or expr is missing */
    public ConstraintSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expr, "expr");
        description = description == null ? "" : description;
    }
}
