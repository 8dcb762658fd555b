package io.omegalock.space;

import io.omegalock.BadInputException;
import io.omegalock.json.FrozenMap;
import java.util.Arrays;
import java.util.Map;

/**
 * A full, immutable assignment of values to every parameter of a space, in declared order.
 * Array-backed so that building one candidate from a base costs one array copy; values keep
 * their kind ({@link Double}, {@link Long}, {@link Boolean}, {@link String}).
 */
public final class Params {
    private final ParamSpace space;
    private final Object[] values;

    Params(ParamSpace space, Object[] values) {
        this.space = space;
        this.values = values;
    }

    /** @return the space these values belong to */
    public ParamSpace space() {
        return space;
    }

    /** @return the value of the named parameter */
    public Object get(String name) {
        return values[space.indexOf(name)];
    }

    /** @return the value at a position in declared order */
    public Object get(int index) {
        return values[index];
    }

    /** @return a numeric parameter's value as a double (ints widen) */
    public double getDouble(String name) {
        Object v = get(name);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new BadInputException("parameter '" + name + "' is not numeric: " + v);
    }

    /** @return an int parameter's value */
    public long getLong(String name) {
        Object v = get(name);
        if (v instanceof Long n) {
            return n;
        }
        throw new BadInputException("parameter '" + name + "' is not an int: " + v);
    }

    /** @return a bool parameter's value */
    public boolean getBoolean(String name) {
        Object v = get(name);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new BadInputException("parameter '" + name + "' is not a bool: " + v);
    }

    /** @return a choice parameter's value */
    public String getString(String name) {
        Object v = get(name);
        if (v instanceof String s) {
            return s;
        }
        throw new BadInputException("parameter '" + name + "' is not a choice: " + v);
    }

    /**
     * @param name  a parameter name
     * @param value a value valid for it
     * @return a copy with that one value replaced
     * @throws BadInputException when the name is unknown or the value invalid
     */
    public Params with(String name, Object value) {
        int i = space.indexOf(name);
        Object[] copy = values.clone();
        copy[i] = space.specs().get(i).validate(value);
        return new Params(space, copy);
    }

    /**
     * Replaces values by position without re-validation: for search strategies that produce
     * values straight from the parameter's own domain (grid axes, clip, samplers).
     *
     * @param indexes positions in declared order
     * @param newValues typed values, one per position
     * @return the new params
     */
    public Params withTrusted(int[] indexes, Object[] newValues) {
        Object[] copy = values.clone();
        for (int k = 0; k < indexes.length; k++) {
            copy[indexes[k]] = newValues[k];
        }
        return new Params(space, copy);
    }

    /**
     * @param updates values for some parameters
     * @return a copy with those values replaced (validated)
     */
    public Params withAll(Map<String, ?> updates) {
        Object[] copy = values.clone();
        for (Map.Entry<String, ?> e : updates.entrySet()) {
            int i = space.indexOf(e.getKey());
            copy[i] = space.specs().get(i).validate(e.getValue());
        }
        return new Params(space, copy);
    }

    /** @return an unmodifiable name -> value map in declared order (a {@link FrozenMap}) */
    public Map<String, Object> asMap() {
        return FrozenMap.of(space.keys(), values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params other && space.equals(other.space) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
