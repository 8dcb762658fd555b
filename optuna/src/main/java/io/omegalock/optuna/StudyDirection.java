package io.omegalock.optuna;

import io.omegalock.BadInputException;

/** The optimization direction of one objective, with Optuna's names and journal codes. */
public enum StudyDirection {
    /** No direction recorded; such a study cannot be ranked. */
    NOT_SET(0),
    /** Smaller values are better. */
    MINIMIZE(1),
    /** Larger values are better. */
    MAXIMIZE(2);

    private final int code;

    StudyDirection(int code) {
        this.code = code;
    }

    /** @return Optuna's integer code (the journal file's {@code directions}) */
    public int code() {
        return code;
    }

    /**
     * @param code an integer direction from a journal file
     * @return the direction
     * @throws BadInputException when the code is not one of Optuna's
     */
    public static StudyDirection fromCode(long code) {
        for (StudyDirection d : values()) {
            if (d.code == code) {
                return d;
            }
        }
        throw new BadInputException("unknown Optuna study direction code " + code
                + "; expected 0 (NOT_SET), 1 (MINIMIZE) or 2 (MAXIMIZE)");
    }

    /**
     * @param name a direction name as an RDB storage stores it, e.g. {@code MINIMIZE}
     * @return the direction
     * @throws BadInputException when the name is not one of Optuna's
     */
    public static StudyDirection fromName(String name) {
        for (StudyDirection d : values()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        throw new BadInputException("unknown Optuna study direction '" + name
                + "'; expected NOT_SET, MINIMIZE or MAXIMIZE");
    }
}
