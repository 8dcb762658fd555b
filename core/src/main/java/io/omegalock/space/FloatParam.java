package io.omegalock.space;

import io.omegalock.BadInputException;

/**
 * A continuous parameter on {@code [low, high]}.
 *
 * @param name      unique name
 * @param low       finite lower bound
 * @param high      finite upper bound, {@code >= low}
 * @param neutral   baseline value inside the bounds
 * @param ofiBiased sensitivity known to be suppressed by the environment
 */
public record FloatParam(String name, double low, double high, double neutral, boolean ofiBiased)
        implements NumericParam {

    /** @throws BadInputException when a bound is not finite, low > high or neutral is outside */
    public FloatParam {
        Names.require(name);
        if (!Double.isFinite(low) || !Double.isFinite(high) || !Double.isFinite(neutral)) {
            throw new BadInputException("parameter '" + name + "': bounds and neutral must be finite, got low="
                    + low + ", high=" + high + ", neutral=" + neutral);
        }
        if (low > high) {
            throw new BadInputException("parameter '" + name + "': low " + low + " > high " + high);
        }
        if (neutral < low || neutral > high) {
            throw new BadInputException("parameter '" + name + "': neutral " + neutral
                    + " outside [" + low + ", " + high + "]");
        }
    }

    /** @return a float parameter that is not OFI-biased */
    public static FloatParam of(String name, double low, double high, double neutral) {
        return new FloatParam(name, low, high, neutral, false);
    }

    @Override
    public Object neutralValue() {
        return neutral;
    }

    @Override
    public String type() {
        return "float";
    }

    @Override
    public double lowAsDouble() {
        return low;
    }

    @Override
    public double highAsDouble() {
        return high;
    }

    @Override
    public double neutralAsDouble() {
        return neutral;
    }

    @Override
    public Object clip(double v) {
        return Math.min(high, Math.max(low, v));
    }

    @Override
    public double defaultEpsilon() {
        return 0.1 * (high - low);
    }

    @Override
    public Object validate(Object value) {
        if (!(value instanceof Number) || value instanceof Byte) {
            throw new BadInputException("parameter '" + name + "': expected a number, got " + Names.describe(value));
        }
        double d = ((Number) value).doubleValue();
        if (!Double.isFinite(d) || d < low || d > high) {
            throw new BadInputException("parameter '" + name + "': value " + d + " outside [" + low + ", " + high + "]");
        }
        return d;
    }
}
