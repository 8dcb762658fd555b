package io.omegalock.space;

import io.omegalock.BadInputException;

/**
 * An integer parameter on {@code [low, high]}; values are {@link Long}.
 *
 * @param name      unique name
 * @param low       lower bound
 * @param high      upper bound, {@code >= low}
 * @param neutral   baseline value inside the bounds
 * @param ofiBiased sensitivity known to be suppressed by the environment
 */
public record IntParam(String name, long low, long high, long neutral, boolean ofiBiased)
        implements NumericParam {

    /** @throws BadInputException when low > high or neutral is outside the bounds */
    public IntParam {
        Names.require(name);
        if (low > high) {
            throw new BadInputException("parameter '" + name + "': low " + low + " > high " + high);
        }
        if (neutral < low || neutral > high) {
            throw new BadInputException("parameter '" + name + "': neutral " + neutral
                    + " outside [" + low + ", " + high + "]");
        }
    }

    /** @return an int parameter that is not OFI-biased */
    public static IntParam of(String name, long low, long high, long neutral) {
        return new IntParam(name, low, high, neutral, false);
    }

    @Override
    public Object neutralValue() {
        return neutral;
    }

    @Override
    public String type() {
        return "int";
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

    /** Rounds half to even (Python's {@code round}), then clamps: 7.5 -> 8, 8.5 -> 8. */
    @Override
    public Object clip(double v) {
        return clipLong(v);
    }

    /** @return {@link #clip(double)} as a primitive */
    public long clipLong(double v) {
        double r = Math.rint(v);
        if (r <= low) {
            return low;
        }
        if (r >= high) {
            return high;
        }
        return (long) r;
    }

    @Override
    public double defaultEpsilon() {
        return 1.0;
    }

    @Override
    public Object validate(Object value) {
        long v;
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            v = ((Number) value).longValue();
        } else if (value instanceof Double d && Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 9.0e15) {
            v = d.longValue();
        } else {
            throw new BadInputException("parameter '" + name + "': expected an integer, got " + Names.describe(value));
        }
        if (v < low || v > high) {
            throw new BadInputException("parameter '" + name + "': value " + v + " outside [" + low + ", " + high + "]");
        }
        return v;
    }
}
