package io.omegalock.gate;

/** Why a Pearson correlation could or could not be computed. */
public enum PearsonStatus {
    /** Computed. */
    OK,
    /** No points. */
    EMPTY,
    /** The two lists differ in length. */
    LENGTH_MISMATCH,
    /** Every train value is the same. */
    ZERO_VARIANCE_X,
    /** Every test value is the same. */
    ZERO_VARIANCE_Y,
    /** A value is NaN or infinite (e.g. a failed evaluation): nothing can be measured. */
    NON_FINITE
}
