package io.omegalock.space;

import io.omegalock.BadInputException;
import java.util.HashSet;
import java.util.List;

/**
 * A categorical parameter over an ordered list of distinct strings. Stress treats it like a
 * bool (every other choice, stress = max |Δfitness|); grids enumerate every choice.
 *
 * @param name      unique name
 * @param choices   the distinct choices, in declared order
 * @param neutral   baseline choice, one of {@code choices}
 * @param ofiBiased sensitivity known to be suppressed by the environment
 */
public record ChoiceParam(String name, List<String> choices, String neutral, boolean ofiBiased)
        implements ParamSpec {

    /** @throws BadInputException when choices are empty or repeat, or neutral is not one of them */
    public ChoiceParam {
        Names.require(name);
        if (choices == null || choices.isEmpty()) {
            throw new BadInputException("parameter '" + name + "': choice list is empty");
        }
        choices = List.copyOf(choices);
        if (new HashSet<>(choices).size() != choices.size()) {
            throw new BadInputException("parameter '" + name + "': choices must be distinct, got " + choices);
        }
        if (!choices.contains(neutral)) {
            throw new BadInputException("parameter '" + name + "': neutral '" + neutral + "' is not one of " + choices);
        }
    }

    /** @return a choice parameter that is not OFI-biased */
    public static ChoiceParam of(String name, List<String> choices, String neutral) {
        return new ChoiceParam(name, choices, neutral, false);
    }

    @Override
    public Object neutralValue() {
        return neutral;
    }

    @Override
    public String type() {
        return "choice";
    }

    @Override
    public Object validate(Object value) {
        if (value instanceof String s && choices.contains(s)) {
            return s;
        }
        throw new BadInputException("parameter '" + name + "': expected one of " + choices + ", got " + Names.describe(value));
    }
}
