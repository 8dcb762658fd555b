package io.omegalock.search;

import io.omegalock.space.BoolParam;
import io.omegalock.space.ChoiceParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpec;

/**
 * One axis of the space TPE models, in the internal numbers its densities work on: a float as
 * itself, an int as itself on the widened interval {@code [low - 0.5, high + 0.5]} (so each
 * integer owns a unit cell), a bool or choice as the index of its value.
 *
 * @param spec    the parameter
 * @param kind    how the densities treat it
 * @param lower   lower end of the kernel interval (numeric kinds)
 * @param upper   upper end of the kernel interval (numeric kinds)
 * @param choices number of values (categorical kind), 0 otherwise
 */
record TpeDimension(ParamSpec spec, Kind kind, double lower, double upper, int choices) {

    /** How a density models an axis. */
    enum Kind {
        /** Truncated-normal kernels on {@code [low, high]}. */
        CONTINUOUS,
        /** Truncated-normal kernels scored by the mass of each integer's unit cell. */
        INTEGER,
        /** {@link CategoricalKernel}s over the value indexes. */
        CATEGORICAL
    }

    /**
     * @param spec a parameter
     * @return its axis
     */
    static TpeDimension of(ParamSpec spec) {
        if (spec instanceof FloatParam f) {
            return new TpeDimension(spec, Kind.CONTINUOUS, f.low(), f.high(), 0);
        }
        if (spec instanceof IntParam i) {
            return new TpeDimension(spec, Kind.INTEGER, i.low() - 0.5, i.high() + 0.5, 0);
        }
        if (spec instanceof BoolParam) {
            return new TpeDimension(spec, Kind.CATEGORICAL, 0, 0, 2);
        }
        return new TpeDimension(spec, Kind.CATEGORICAL, 0, 0, ((ChoiceParam) spec).choices().size());
    }

    /** @return true when the parameter has one possible value, so there is nothing to model */
    boolean single() {
        return kind == Kind.CATEGORICAL ? choices == 1 : kind == Kind.INTEGER ? upper - lower == 1 : lower == upper;
    }

    /** @return the width of the kernel interval (numeric kinds) */
    double range() {
        return upper - lower;
    }

    /**
     * @param value a valid value of the parameter
     * @return its internal number
     */
    double encode(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof String s) {
            return ((ChoiceParam) spec).choices().indexOf(s);
        }
        return ((Number) value).doubleValue();
    }

    /**
     * @param x an internal number
     * @return the parameter value it stands for, clipped into the bounds (ints round half to even)
     */
    Object decode(double x) {
        if (spec instanceof FloatParam f) {
            return f.clip(x);
        }
        if (spec instanceof IntParam i) {
            return i.clipLong(x);
        }
        if (spec instanceof BoolParam) {
            return x != 0;
        }
        return ((ChoiceParam) spec).choices().get((int) x);
    }
}
