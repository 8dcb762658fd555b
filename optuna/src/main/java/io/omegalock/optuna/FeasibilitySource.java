package io.omegalock.optuna;

/**
 * Where a study's per-trial feasibility comes from. One source per study: the audit never mixes
 * them and never guesses.
 */
public enum FeasibilitySource {
    /** Optuna's own {@code constraints} system attribute: feasible iff every value is {@code <= 0}. */
    CONSTRAINTS("constraints"),
    /** A boolean user attribute {@code feasible}. */
    USER_ATTRS("user_attrs"),
    /** Neither: feasibility is unknown, so there is no {@code best_feasible}. */
    ABSENT("absent");

    private final String artifactName;

    FeasibilitySource(String artifactName) {
        this.artifactName = artifactName;
    }

    /** @return the name written in reports: {@code constraints}, {@code user_attrs} or {@code absent} */
    public String artifactName() {
        return artifactName;
    }
}
