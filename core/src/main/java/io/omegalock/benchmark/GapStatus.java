package io.omegalock.benchmark;

/** Whether a generalization gap could be measured, and how much to trust it. */
public enum GapStatus {
    /** Measured against a train fitness well away from zero. */
    OK,
    /** Measured, but {@code |train| < 1e-6}: the relative gap is huge and means little. */
    TRAIN_NEAR_ZERO,
    /** The method reported no test fitness; the value reads 0. */
    NO_TEST
}
