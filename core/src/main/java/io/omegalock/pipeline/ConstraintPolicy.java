package io.omegalock.pipeline;

/** How declared hard constraints steer the choice of the best candidate. */
public enum ConstraintPolicy {
    /** Best = max fitness; constraints are only recorded (the reference's default). */
    RECORD("record"),
    /** Best = max fitness among feasible candidates; falls back to the raw max, flagged, when none is. */
    PREFER_FEASIBLE("prefer_feasible"),
    /** As PREFER_FEASIBLE, and a run with no feasible candidate fails (CONSTRAINTS gate). */
    HARD_FAIL("hard_fail");

    private final String wireName;

    ConstraintPolicy(String wireName) {
        this.wireName = wireName;
    }

    /** @return the artifact and spec-file name */
    public String wireName() {
        return wireName;
    }

    /**
     * @param name a wire name
     * @return the policy
     * @throws io.omegalock.BadInputException when unknown
     */
    public static ConstraintPolicy fromWireName(String name) {
        for (ConstraintPolicy p : values()) {
            if (p.wireName.equals(name)) {
                return p;
            }
        }
        throw new io.omegalock.BadInputException("constraint_policy must be one of record, prefer_feasible, "
                + "hard_fail; got '" + name + "'");
    }
}
