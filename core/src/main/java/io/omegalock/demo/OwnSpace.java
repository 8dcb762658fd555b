package io.omegalock.demo;

import io.omegalock.BadInputException;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;

/** The demo targets read params by name: a map of another space is a caller's mistake, named. */
final class OwnSpace {
    private OwnSpace() {
    }

    static void require(String system, ParamSpace own, Params params) {
        if (!own.equals(params.space())) {
            throw new BadInputException(system + " expects params of its own space, got " + params.space());
        }
    }
}
