package io.omegalock.space;

/** A parameter with numeric bounds: the ones stress perturbs by ε and grids interpolate. */
public sealed interface NumericParam extends ParamSpec permits FloatParam, IntParam {

    /** @return the lower bound as a double */
    double lowAsDouble();

    /** @return the upper bound as a double */
    double highAsDouble();

    /** @return the neutral value as a double */
    double neutralAsDouble();

    /**
     * Rounds (ints: half to even, like Python's {@code round}) and clamps a raw value into the
     * domain.
     *
     * @param v any finite value
     * @return the clipped value, typed ({@link Double} or {@link Long})
     */
    Object clip(double v);

    /** @return the stress perturbation used when none is given: 10% of the range, or 1 for ints */
    double defaultEpsilon();

    /** @return the typed value as a double */
    static double asDouble(Object value) {
        return ((Number) value).doubleValue();
    }
}
