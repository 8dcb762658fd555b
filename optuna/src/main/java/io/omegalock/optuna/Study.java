package io.omegalock.optuna;

import java.util.List;
import java.util.Objects;

/**
 * One study as read from its storage: every trial, in trial-number order.
 *
 * @param info   name and directions
 * @param trials all trials, whatever their state
 * @param source where it was read from, for provenance (a path, or a URL without its password)
 */
public record Study(StudyInfo info, List<Trial> trials, String source) {

    /** @throws NullPointerException when info, trials or source is null */
    public Study {
        Objects.requireNonNull(info, "info");
        trials = List.copyOf(trials);
        Objects.requireNonNull(source, "source");
    }

    /** @return the study name */
    public String name() {
        return info.name();
    }
}
