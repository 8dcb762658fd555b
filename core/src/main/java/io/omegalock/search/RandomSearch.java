package io.omegalock.search;

import io.omegalock.BadInputException;
import io.omegalock.space.BoolParam;
import io.omegalock.space.ChoiceParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpec;
import io.omegalock.space.Params;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Uniform random sampling of the unlocked subspace: the SC-2 baseline and a strategy of its
 * own. Seeded with a named generator (SplitMix64 seeding a XO_RO_SHI_RO_128_PP stream via
 * Commons RNG), so the same seed gives the same candidates on every JVM.
 *
 * @param samples number of candidates, {@code >= 1}
 * @param seed    the seed
 */
public record RandomSearch(int samples, long seed) implements SearchStrategy {

    /** @throws BadInputException when samples < 1 */
    public RandomSearch {
        if (samples < 1) {
            throw new BadInputException("random search samples must be >= 1, got " + samples);
        }
    }

    @Override
    public String method() {
        return "random";
    }

    @Override
    public List<Candidate> search(SearchContext ctx) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<String> names = ctx.unlocked();
        int[] indexes = Grids.indexes(ctx.base(), names);
        ParamSpec[] specs = new ParamSpec[names.size()];
        for (int a = 0; a < specs.length; a++) {
            specs[a] = ctx.base().space().specs().get(indexes[a]);
        }
        List<Params> points = new ArrayList<>(samples);
        for (int s = 0; s < samples; s++) {
            Object[] values = new Object[specs.length];
            for (int a = 0; a < specs.length; a++) {
                values[a] = draw(specs[a], rng);
            }
            points.add(ctx.base().withTrusted(indexes, values));
        }
        return Grids.candidates(0, ctx.evaluator().evaluate(ctx.target(), points), names);
    }

    static Object draw(ParamSpec spec, UniformRandomProvider rng) {
        if (spec instanceof FloatParam f) {
            return f.low() + (f.high() - f.low()) * rng.nextDouble();
        }
        if (spec instanceof IntParam i) {
            return i.low() + rng.nextLong(i.high() - i.low() + 1);
        }
        if (spec instanceof BoolParam) {
            return rng.nextBoolean();
        }
        List<String> choices = ((ChoiceParam) spec).choices();
        return choices.get(rng.nextInt(choices.size()));
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", method());
        m.put("samples", samples);
        m.put("seed", seed);
        return m;
    }
}
