package io.omegalock.audit;

import io.omegalock.BadInputException;

/**
 * One entry of a report's stress ranking, written as {@code [name, score]}.
 *
 * @param name  parameter name
 * @param score its measured sensitivity
 */
public record StressScore(String name, double score) {

    /** @throws BadInputException when the name is missing */
    public StressScore {
        if (name == null) {
            throw new BadInputException("stress ranking entry has no parameter name");
        }
    }
}
