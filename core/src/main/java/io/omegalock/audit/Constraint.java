package io.omegalock.audit;

import io.omegalock.BadInputException;
import io.omegalock.OmegaLockException;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;

/**
 * A named hard constraint on what an evaluation produced. Violations are recorded, never
 * blocking: the auditing wrapper checks every constraint on every call and writes the names
 * that passed and failed into the trail. A predicate that throws counts as failed, and its
 * message is kept in the record's metadata under {@code _constraint_errors}.
 *
 * @param name        unique within a trail; non-blank
 * @param predicate   true when the result satisfies the constraint
 * @param description human-readable meaning, written to reports ({@code ""} when absent)
 */
public record Constraint(String name, Predicate predicate, String description) {

    /** A constraint's test. May throw; a throw is recorded as a failure with its message. */
    @FunctionalInterface
    public interface Predicate {
        /**
         * @param params the evaluated params
         * @param result what the target returned
         * @return true when the constraint holds
         * @throws Exception anything; counted as a failure of this constraint
         */
        boolean test(Params params, EvalResult result) throws Exception;
    }

    /** @throws BadInputException when the name is blank or the predicate missing */
    public Constraint {
        if (name == null || name.isBlank()) {
            throw new BadInputException("constraint name must be non-blank, got " + (name == null ? "null" : "'" + name + "'"));
        }
        if (predicate == null) {
            throw new BadInputException("constraint '" + name + "' has no predicate");
        }
        description = description == null ? "" : description;
    }

    /**
     * @param name        unique name
     * @param description what it means
     * @param predicate   the test
     * @return the constraint
     * @throws BadInputException when the name is blank or the predicate missing
     */
    public static Constraint of(String name, String description, Predicate predicate) {
        return new Constraint(name, predicate, description);
    }

    /**
     * The stand-in for a constraint read back from a report: predicates are code and are not
     * serialized, so calling this one throws.
     *
     * @param name        the recorded name
     * @param description the recorded description
     * @return a constraint whose predicate throws {@link OmegaLockException}
     */
    public static Constraint unavailable(String name, String description) {
        return new Constraint(name, (p, r) -> {
            throw new OmegaLockException("constraint '" + name + "' was loaded from a report: predicates are not "
                    + "serialized; supply the original Constraint to evaluate it again");
        }, description);
    }
}
