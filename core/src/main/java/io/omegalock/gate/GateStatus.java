package io.omegalock.gate;

/** The outcome of one gate. Only FAIL changes a run's status; ADVISORY never does. */
public enum GateStatus {
    /** The evidence clears the gate. */
    PASS,
    /** The evidence does not clear the gate: the run is not certified. */
    FAIL,
    /** The gate does not apply (e.g. action counts for a pure objective). */
    SKIP,
    /** Informational only (SC-2). */
    ADVISORY
}
