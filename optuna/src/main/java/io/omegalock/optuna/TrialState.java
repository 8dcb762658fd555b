package io.omegalock.optuna;

import io.omegalock.BadInputException;

/** The life-cycle state of an Optuna trial, with Optuna's names and journal codes. */
public enum TrialState {
    /** Being evaluated (or abandoned by a worker that died). */
    RUNNING(0),
    /** Finished with values. */
    COMPLETE(1),
    /** Stopped early by a pruner. */
    PRUNED(2),
    /** The objective raised or returned something unusable. */
    FAIL(3),
    /** Enqueued, not started. */
    WAITING(4);

    private final int code;

    TrialState(int code) {
        this.code = code;
    }

    /** @return Optuna's integer code (the journal file's {@code state}) */
    public int code() {
        return code;
    }

    /** @return true for COMPLETE, PRUNED and FAIL: Optuna ignores later updates to such a trial */
    public boolean isFinished() {
        return this == COMPLETE || this == PRUNED || this == FAIL;
    }

    /**
     * @param code an integer state from a journal file
     * @return the state
     * @throws BadInputException when the code is not one of Optuna's
     */
    public static TrialState fromCode(long code) {
        for (TrialState s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new BadInputException("unknown Optuna trial state code " + code + "; expected 0 (RUNNING), "
                + "1 (COMPLETE), 2 (PRUNED), 3 (FAIL) or 4 (WAITING)");
    }

    /**
     * @param name a state name as an RDB storage stores it, e.g. {@code COMPLETE}
     * @return the state
     * @throws BadInputException when the name is not one of Optuna's
     */
    public static TrialState fromName(String name) {
        for (TrialState s : values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new BadInputException("unknown Optuna trial state '" + name
                + "'; expected RUNNING, COMPLETE, PRUNED, FAIL or WAITING");
    }
}
