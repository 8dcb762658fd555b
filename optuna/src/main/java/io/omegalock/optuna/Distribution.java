package io.omegalock.optuna;

import io.omegalock.BadInputException;
import io.omegalock.json.Json;
import java.util.List;
import java.util.Map;

/**
 * A parameter distribution decoded from Optuna's {@code distribution_json}: only what is needed
 * to turn a stored (internal) value into the value the objective saw. Bounds are not
 * re-validated: the study was written by Optuna, and an audit must read it as it is.
 *
 * <p>Accepted names: {@code FloatDistribution}, {@code IntDistribution},
 * {@code CategoricalDistribution} and the pre-3.0 names {@code UniformDistribution},
 * {@code LogUniformDistribution}, {@code DiscreteUniformDistribution},
 * {@code IntUniformDistribution}, {@code IntLogUniformDistribution}; also Optuna's abbreviated
 * form {@code {"type": "float" | "int" | "categorical", ...}}.
 */
sealed interface Distribution {

    /** @return the class name as written (Optuna compares distributions by class) */
    String name();

    /**
     * @param internal the stored value (a float, or a choice index for categoricals)
     * @return the external value: Double, Long or the categorical choice
     * @throws BadInputException when a categorical index is out of range or an int is not finite
     *                           (the caller adds which trial and param)
     */
    Object toExternal(double internal);

    /** Floats: the stored value is the value. */
    record FloatDist(String name) implements Distribution {
        @Override
        public Object toExternal(double internal) {
            return internal;
        }
    }

    /** Integers: the stored float truncated, as Python's {@code int()} does. */
    record IntDist(String name) implements Distribution {
        @Override
        public Object toExternal(double internal) {
            if (!Double.isFinite(internal)) {
                throw new BadInputException("an int parameter holds " + internal);
            }
            return (long) internal;
        }
    }

    /** Categoricals: the stored value is the index of the choice. */
    record CategoricalDist(String name, List<Object> choices) implements Distribution {
        @Override
        public Object toExternal(double internal) {
            if (!(internal >= 0 && internal < choices.size())) {
                throw new BadInputException("categorical index " + internal + " is outside the "
                        + choices.size() + " choices " + choices);
            }
            return choices.get((int) internal);
        }

        /** Python compares choice tuples by value, so 1 equals 1.0; so do we. */
        boolean sameChoices(CategoricalDist o) {
            if (choices.size() != o.choices.size()) {
                return false;
            }
            for (int i = 0; i < choices.size(); i++) {
                Object a = choices.get(i);
                Object b = o.choices.get(i);
                boolean same = a instanceof Number x && b instanceof Number y && !(a instanceof Boolean)
                        ? x.doubleValue() == y.doubleValue()
                        : java.util.Objects.equals(a, b);
                if (!same) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * @param other another distribution
     * @return true when both turn every stored value into the same external value (bounds and
     *         class names aside: all float kinds decode alike, all int kinds alike, categoricals
     *         when their choices are identical)
     */
    default boolean decodesLike(Distribution other) {
        if (this instanceof CategoricalDist c) {
            return other instanceof CategoricalDist o && c.choices().equals(o.choices());
        }
        return getClass() == other.getClass();
    }

    /**
     * Optuna's compatibility rule for a parameter seen again in a later trial: the same
     * distribution class, and for categoricals the same choices.
     *
     * @param previous the distribution recorded first
     * @return true when this one may follow it
     */
    default boolean compatibleWith(Distribution previous) {
        if (!name().equals(previous.name())) {
            return false;
        }
        return !(this instanceof CategoricalDist c) || c.sameChoices((CategoricalDist) previous);
    }

    /**
     * @param json  the {@code distribution_json} text
     * @param where names the trial and param, for the error message
     * @return the distribution
     * @throws BadInputException when the JSON is invalid or names an unknown distribution
     */
    static Distribution parse(String json, String where) {
        Object parsed;
        try {
            parsed = Json.parse(json);
        } catch (BadInputException e) {
            throw new BadInputException(where + ": distribution_json is not valid JSON: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> m)) {
            throw new BadInputException(where + ": distribution_json must be a JSON object, got " + json);
        }
        Object name = m.get("name");
        if (name instanceof String n) {
            switch (n) {
                case "FloatDistribution", "UniformDistribution", "LogUniformDistribution",
                        "DiscreteUniformDistribution":
                    return new FloatDist(n);
                case "IntDistribution", "IntUniformDistribution", "IntLogUniformDistribution":
                    return new IntDist(n);
                case "CategoricalDistribution":
                    return new CategoricalDist(n, choices(m.get("attributes") instanceof Map<?, ?> a
                            ? a.get("choices") : null, where, json));
                default:
                    throw new BadInputException(where + ": unknown distribution class '" + n + "' in " + json);
            }
        }
        Object type = m.get("type");
        if ("float".equals(type)) {
            return new FloatDist("FloatDistribution");
        }
        if ("int".equals(type)) {
            return new IntDist("IntDistribution");
        }
        if ("categorical".equals(type)) {
            return new CategoricalDist("CategoricalDistribution", choices(m.get("choices"), where, json));
        }
        throw new BadInputException(where + ": distribution_json names no known distribution (expected a "
                + "\"name\" such as FloatDistribution, or a \"type\" float/int/categorical): " + json);
    }

    private static List<Object> choices(Object raw, String where, String json) {
        if (!(raw instanceof List<?> l) || l.isEmpty()) {
            throw new BadInputException(where + ": a categorical distribution needs a non-empty list of "
                    + "choices: " + json);
        }
        // Collections.unmodifiableList keeps a None choice, which List.copyOf would refuse.
        return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(l));
    }
}
