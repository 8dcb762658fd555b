package io.omegalock.space;

/**
 * One tunable parameter: a closed family of four kinds. Values are carried as
 * {@link Double} (float), {@link Long} (int), {@link Boolean} (bool) and {@link String}
 * (choice), so integer parameters stay integers in every artifact and hash.
 */
public sealed interface ParamSpec permits NumericParam, BoolParam, ChoiceParam {

    /** @return the unique parameter name */
    String name();

    /**
     * @return true when the evaluation environment is known to suppress this parameter's
     *     measured sensitivity (reported apart as {@code top_k_ex_ofi})
     */
    boolean ofiBiased();

    /** @return the neutral (baseline) value, typed as this kind's value class */
    Object neutralValue();

    /** @return the artifact type name: {@code float}, {@code int}, {@code bool} or {@code choice} */
    String type();

    /**
     * Checks that a value belongs to this parameter's domain and returns it in canonical form
     * (e.g. an integral {@code 3.0} for an int parameter becomes {@code 3L}).
     *
     * @param value a candidate value
     * @return the canonical value
     * @throws io.omegalock.BadInputException when the value has the wrong type or is out of bounds
     */
    Object validate(Object value);
}
