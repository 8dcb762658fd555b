package io.omegalock.audit;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reused slots the streaming reader fills with one object's fields, and the fast build of an
 * element from them.
 *
 * @param <T> the element type
 */
interface Slots<T> extends Fields {

    /** Fills the slots from the parser, positioned on the object's opening brace. */
    void readFrom(JsonParser p) throws IOException;

    /** @return the element, or null when the slots do not hold a well-formed one (the generic path then reports why) */
    T build();
}
