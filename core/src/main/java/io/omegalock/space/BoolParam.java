package io.omegalock.space;

import io.omegalock.BadInputException;

/**
 * An on/off parameter. Stress flips it; grids try both values.
 *
 * @param name      unique name
 * @param neutral   baseline value
 * @param ofiBiased sensitivity known to be suppressed by the environment
 */
public record BoolParam(String name, boolean neutral, boolean ofiBiased) implements ParamSpec {

    /** @throws BadInputException when the name is blank */
    public BoolParam {
        Names.require(name);
    }

    /** @return a bool parameter that is not OFI-biased */
    public static BoolParam of(String name, boolean neutral) {
        return new BoolParam(name, neutral, false);
    }

    @Override
    public Object neutralValue() {
        return neutral;
    }

    @Override
    public String type() {
        return "bool";
    }

    @Override
    public Object validate(Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        throw new BadInputException("parameter '" + name + "': expected a boolean, got " + Names.describe(value));
    }
}
