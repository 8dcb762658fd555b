package io.omegalock.demo;

import io.omegalock.BadInputException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a calibration method should rediscover on one seed of a keyhole. Benchmarks read it;
 * a calibration method must never consult it.
 *
 * @param effectiveParams   the parameters that really move fitness, in declared order
 * @param optimumParams     where the expected fitness peaks (the same for every seed): what a
 *                          method that found the structure, not this seed's noise, would pick
 * @param optimumFitness    the highest train fitness any point of the space reaches on this
 *                          seed, found exactly (fitness is a step function of each threshold,
 *                          and every step of every lookback and switch is tried, decoys at
 *                          their best); no method can score above it on train
 * @param importanceRanking the effective parameters from most to least sensitive at the
 *                          neutral point (mean stress rank over many seeds; not per seed)
 */
public record GroundTruth(List<String> effectiveParams, Map<String, Object> optimumParams, double optimumFitness,
                          List<String> importanceRanking) {

    /** @throws BadInputException when a list repeats a name or the optimum misses an effective parameter */
    public GroundTruth {
        effectiveParams = List.copyOf(effectiveParams);
        importanceRanking = List.copyOf(importanceRanking);
        if (new HashSet<>(effectiveParams).size() != effectiveParams.size()) {
            throw new BadInputException("effective params repeat a name: " + effectiveParams);
        }
        if (new HashSet<>(importanceRanking).size() != importanceRanking.size()) {
            throw new BadInputException("importance ranking repeats a name: " + importanceRanking);
        }
        if (!optimumParams.keySet().containsAll(effectiveParams)) {
            throw new BadInputException("optimum params " + optimumParams.keySet()
                    + " must give a value to every effective param " + effectiveParams);
        }
        if (!Double.isFinite(optimumFitness)) {
            throw new BadInputException("optimum fitness must be finite, got " + optimumFitness);
        }
        optimumParams = Collections.unmodifiableMap(new LinkedHashMap<>(optimumParams));
    }

    /** @return the artifact block */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("effective_params", effectiveParams);
        m.put("optimum_params", optimumParams);
        m.put("optimum_fitness", optimumFitness);
        m.put("importance_ranking", importanceRanking);
        return m;
    }
}
