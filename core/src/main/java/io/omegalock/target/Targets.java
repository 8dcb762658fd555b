package io.omegalock.target;

import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/** Adapters that turn plain functions into {@link Target}s. */
public final class Targets {
    private Targets() {
    }

    /**
     * @param space   the parameters
     * @param fitness params -> score (maximized)
     * @return a target reporting one action per evaluation and no metadata
     */
    public static Target of(ParamSpace space, ToDoubleFunction<Params> fitness) {
        return of(space, fitness, p -> 1L, p -> Map.of());
    }

    /**
     * @param space    the parameters
     * @param fitness  params -> score (maximized)
     * @param nTrials  params -> action count
     * @param metadata params -> diagnostics
     * @return the target
     */
    public static Target of(ParamSpace space, ToDoubleFunction<Params> fitness, ToLongFunction<Params> nTrials,
                            Function<Params, ? extends Map<String, ?>> metadata) {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(fitness, "fitness");
        Objects.requireNonNull(nTrials, "nTrials");
        Objects.requireNonNull(metadata, "metadata");
        return new Target() {
            @Override
            public ParamSpace space() {
                return space;
            }

            @Override
            public EvalResult evaluate(Params params) {
                return EvalResult.of(fitness.applyAsDouble(params), nTrials.applyAsLong(params), metadata.apply(params));
            }
        };
    }
}
