package io.omegalock.space;

import io.omegalock.BadInputException;
import io.omegalock.json.FrozenMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered, non-empty list of parameters with unique names. The order matters: it is the
 * stress measurement order, the order of full param maps in artifacts, and the tie-break of
 * unlock selection.
 */
public final class ParamSpace {
    private final List<ParamSpec> specs;
    private final Map<String, Integer> index;
    private final Params neutral;
    private final FrozenMap.Keys keys;

    private ParamSpace(List<ParamSpec> specs) {
        if (specs == null || specs.isEmpty()) {
            throw new BadInputException("parameter space is empty: declare at least one parameter");
        }
        this.specs = List.copyOf(specs);
        this.index = new HashMap<>();
        for (int i = 0; i < this.specs.size(); i++) {
            String name = this.specs.get(i).name();
            if (index.put(name, i) != null) {
                throw new BadInputException("duplicate parameter name '" + name + "'");
            }
        }
        this.keys = FrozenMap.Keys.of(names());
        Object[] values = new Object[this.specs.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = this.specs.get(i).neutralValue();
        }
        this.neutral = new Params(this, values);
    }

    /**
     * @param specs the parameters in declared order
     * @return the validated space
     * @throws BadInputException when empty or a name repeats
     */
    public static ParamSpace of(List<? extends ParamSpec> specs) {
        return new ParamSpace(specs == null ? null : new ArrayList<>(specs));
    }

    /** @see #of(List) */
    public static ParamSpace of(ParamSpec... specs) {
        return of(List.of(specs));
    }

    /** @return the parameter names as a shared key list for {@link Params#asMap()} */
    FrozenMap.Keys keys() {
        return keys;
    }

    /** @return the parameters in declared order */
    public List<ParamSpec> specs() {
        return specs;
    }

    /** @return the number of parameters */
    public int size() {
        return specs.size();
    }

    /** @return the parameter names in declared order */
    public List<String> names() {
        List<String> out = new ArrayList<>(specs.size());
        for (ParamSpec s : specs) {
            out.add(s.name());
        }
        return out;
    }

    /** @return true when a parameter of this name exists */
    public boolean contains(String name) {
        return index.containsKey(name);
    }

    /**
     * @param name a parameter name
     * @return its position in declared order
     * @throws BadInputException when no parameter has this name
     */
    public int indexOf(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new BadInputException("unknown parameter '" + name + "'; known: " + names());
        }
        return i;
    }

    /** @return the spec of the named parameter */
    public ParamSpec spec(String name) {
        return specs.get(indexOf(name));
    }

    /** @return the neutral defaults of every parameter (the reference's {@code neutral_defaults}) */
    public Params neutral() {
        return neutral;
    }

    /**
     * Builds a full, validated param map.
     *
     * @param values a value for every parameter; ints may be given as integral doubles
     * @return the typed params
     * @throws BadInputException when a parameter is missing, unknown, mistyped or out of bounds
     */
    public Params params(Map<String, ?> values) {
        for (String key : values.keySet()) {
            indexOf(key);
        }
        Object[] out = new Object[specs.size()];
        for (int i = 0; i < out.length; i++) {
            ParamSpec s = specs.get(i);
            if (!values.containsKey(s.name())) {
                throw new BadInputException("missing parameter '" + s.name() + "'");
            }
            out[i] = s.validate(values.get(s.name()));
        }
        return new Params(this, out);
    }

    /**
     * @param names parameter names
     * @throws BadInputException when any name is unknown
     */
    public void requireKnown(Collection<String> names) {
        for (String n : names) {
            indexOf(n);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParamSpace other && specs.equals(other.specs);
    }

    @Override
    public int hashCode() {
        return specs.hashCode();
    }

    @Override
    public String toString() {
        return "ParamSpace" + specs;
    }
}
