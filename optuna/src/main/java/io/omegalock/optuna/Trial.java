package io.omegalock.optuna;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One Optuna trial as Optuna itself reports it.
 *
 * <p>Param values are decoded from their distribution: a float parameter is a {@link Double},
 * an int parameter a {@link Long}, a categorical parameter the choice itself (a
 * {@link String}, {@link Long}, {@link Double}, {@link Boolean} or {@code null}), never the
 * stored index. Attribute values are plain JSON values as {@link io.omegalock.json.Json}
 * reads them ({@code NaN} and {@code Infinity} accepted).
 *
 * @param number             the trial number within its study (0, 1, 2, ...)
 * @param state              the life-cycle state
 * @param params             decoded parameter values in the order they were suggested
 * @param values             one value per objective, infinities included; empty when the trial
 *                           has none (running, pruned, failed)
 * @param userAttrs          {@code trial.set_user_attr} values
 * @param systemAttrs        Optuna's own per-trial attributes, e.g. {@code constraints}
 * @param intermediateValues reported values by step ({@code trial.report}); NaN allowed
 */
public record Trial(int number, TrialState state, Map<String, Object> params, List<Double> values,
                    Map<String, Object> userAttrs, Map<String, Object> systemAttrs,
                    Map<Long, Double> intermediateValues) {

    /** @throws NullPointerException when the state is null */
    public Trial {
        Objects.requireNonNull(state, "state");
        // Map.copyOf refuses null values, and a categorical choice or an attribute may be null.
        params = copy(params);
        values = values == null ? List.of() : List.copyOf(values);
        userAttrs = copy(userAttrs);
        systemAttrs = copy(systemAttrs);
        intermediateValues = copy(intermediateValues);
    }

    /**
     * A trial without attributes or intermediate values.
     *
     * @param number the trial number
     * @param state  the state
     * @param params decoded params
     * @param values values per objective (empty or null for none)
     * @return the trial
     */
    public static Trial of(int number, TrialState state, Map<String, Object> params, List<Double> values) {
        return new Trial(number, state, params, values, Map.of(), Map.of(), Map.of());
    }

    /** @return true when the trial carries values */
    public boolean hasValues() {
        return !values.isEmpty();
    }

    /**
     * @param objective an objective index
     * @return that objective's value, or empty when the trial has none
     */
    public OptionalDouble value(int objective) {
        return objective >= 0 && objective < values.size() ? OptionalDouble.of(values.get(objective))
                : OptionalDouble.empty();
    }

    private static <K, V> Map<K, V> copy(Map<K, V> m) {
        return m == null || m.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
