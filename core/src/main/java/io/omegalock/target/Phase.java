package io.omegalock.target;

/**
 * Which pipeline step an evaluation belongs to. The wire names are the reference's, kept so
 * audit trails interoperate; {@code grid} names the search phase whatever the strategy.
 */
public enum Phase {
    /** Evaluations outside any pipeline step. */
    SEARCH("search"),
    /** The baseline evaluation of the base params. */
    BASELINE("baseline"),
    /** Sensitivity measurement. */
    STRESS("stress"),
    /** The search over the unlocked params (every strategy). */
    GRID("grid"),
    /** Re-evaluation of the train top-N on the test target. */
    WALK_FORWARD("walk_forward"),
    /** Validation re-scoring of the top candidates. */
    HYBRID("hybrid"),
    /** The same-budget random baseline of SC-2 (kept apart from the search's figures). */
    SC2("sc2"),
    /** The single evaluation on a slice no selection step saw. */
    HOLDOUT("holdout");

    private final String wireName;

    Phase(String wireName) {
        this.wireName = wireName;
    }

    /** @return the name used in artifacts */
    public String wireName() {
        return wireName;
    }

    /**
     * @param name an artifact phase name
     * @return the phase
     * @throws IllegalArgumentException when unknown
     */
    public static Phase fromWireName(String name) {
        for (Phase p : values()) {
            if (p.wireName.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown phase '" + name + "'");
    }
}
