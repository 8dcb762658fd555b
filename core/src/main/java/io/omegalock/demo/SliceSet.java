package io.omegalock.demo;

import io.omegalock.BadInputException;
import io.omegalock.target.Target;
import java.util.List;

/**
 * The three data slices of a demo system: train (searched), test (walk-forward) and holdout
 * (never used for selection), looked up by role name.
 *
 * @param system  the system's name, for error messages
 * @param train   the train slice
 * @param test    the test slice
 * @param holdout the holdout slice
 * @param <T>     the slice type
 */
public record SliceSet<T extends Target>(String system, T train, T test, T holdout) {
    /** The role names, in order. */
    public static final List<String> ROLES = List.of("train", "test", "holdout");

    /**
     * @param role {@code train}, {@code test} or {@code holdout}
     * @return the slice of that role
     * @throws BadInputException when the role is none of those
     */
    public T byRole(String role) {
        if ("train".equals(role)) {
            return train;
        }
        if ("test".equals(role)) {
            return test;
        }
        if ("holdout".equals(role)) {
            return holdout;
        }
        throw new BadInputException("unknown " + system + " slice '" + role + "'; known: " + ROLES);
    }
}
