package io.omegalock.optuna;

import io.omegalock.BadInputException;
import java.util.List;

/**
 * A study's identity: its name and one direction per objective.
 *
 * @param name       the study name, unique within its storage
 * @param directions one direction per objective, in objective order (one for a
 *                   single-objective study)
 */
public record StudyInfo(String name, List<StudyDirection> directions) {

    /** @throws BadInputException when the name is null or there is no direction */
    public StudyInfo {
        if (name == null) {
            throw new BadInputException("a study needs a name, got null");
        }
        if (directions == null || directions.isEmpty()) {
            throw new BadInputException("study '" + name + "' has no direction; expected at least one");
        }
        directions = List.copyOf(directions);
    }

    /** @return the number of objectives */
    public int objectives() {
        return directions.size();
    }
}
