package io.omegalock.search;

import io.omegalock.eval.Evaluator;
import io.omegalock.space.Params;
import io.omegalock.target.Target;
import java.util.List;

/**
 * What a strategy searches: the target, the engine that evaluates, the base params that
 * locked parameters keep, and the unlocked parameters it may move.
 *
 * @param target    the (train) target
 * @param evaluator the evaluation engine
 * @param base      full params; locked parameters keep these values
 * @param unlocked  the parameters to vary, in unlock order
 */
public record SearchContext(Target target, Evaluator evaluator, Params base, List<String> unlocked) {

    /** @throws io.omegalock.BadInputException when an unlocked name is unknown */
    public SearchContext {
        unlocked = List.copyOf(unlocked);
        base.space().requireKnown(unlocked);
    }
}
