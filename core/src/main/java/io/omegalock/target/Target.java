package io.omegalock.target;

import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;

/**
 * Anything that can score a full param map: a backtest, a simulator, a model's validation
 * loss (negated: fitness is maximized). Targets should be deterministic; stress and
 * walk-forward lose their meaning otherwise.
 *
 * <p>An implementation may throw anything from {@link #evaluate}: the evaluation engine
 * records it as a failed evaluation instead of crashing the run.
 */
public interface Target {

    /** @return the parameters this target accepts */
    ParamSpace space();

    /**
     * @param params a full param map of {@link #space()}
     * @return fitness (maximized), action count and diagnostics
     * @throws Exception any failure; recorded as a failed evaluation by the engine
     */
    EvalResult evaluate(Params params) throws Exception;
}
