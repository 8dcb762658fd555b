package io.omegalock.audit;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reused slots the streaming reader fills with one object's fields, and the fast build of an
 * element from them. Each known key has a slot; {@link #present} has bit {@code s} set when
 * slot {@code s} was filled for the current object.
 *
 * @param <T> the element type
 */
abstract class Slots<T> implements Fields {
    /** The current object's values, by slot. */
    final Object[] values;
    /** Bit {@code s} set when slot {@code s} holds a value of the current object. */
    int present;

    Slots(int slots) {
        values = new Object[slots];
    }

    /** @return the slot of a key, or -1 for a key these slots do not keep */
    abstract int slot(String key);

    /** Fills the slots from the parser, positioned on the object's opening brace. */
    abstract void readFrom(JsonParser p) throws IOException;

    /** @return the element, or null when the slots do not hold a well-formed one (the generic path then reports why) */
    abstract T build();

    @Override
    public final boolean has(String key) {
        int s = slot(key);
        return s >= 0 && (present & (1 << s)) != 0;
    }

    @Override
    public final Object get(String key) {
        return has(key) ? values[slot(key)] : null;
    }
}
