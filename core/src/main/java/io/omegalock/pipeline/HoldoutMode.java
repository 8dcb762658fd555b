package io.omegalock.pipeline;

/** Whether the single holdout evaluation can change a run's status. */
public enum HoldoutMode {
    /** Recorded as evidence; never changes status. */
    EVIDENCE_ONLY("evidence_only"),
    /** Applies the holdout floors; a violation fails the run (HOLDOUT). */
    GATE("gate");

    private final String wireName;

    HoldoutMode(String wireName) {
        this.wireName = wireName;
    }

    /** @return the artifact and spec-file name */
    public String wireName() {
        return wireName;
    }

    /**
     * @param name a wire name
     * @return the mode
     * @throws io.omegalock.BadInputException when unknown
     */
    public static HoldoutMode fromWireName(String name) {
        for (HoldoutMode m : values()) {
            if (m.wireName.equals(name)) {
                return m;
            }
        }
        throw new io.omegalock.BadInputException("holdout mode must be evidence_only or gate; got '" + name + "'");
    }
}
