package io.omegalock.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.omegalock.eval.Evaluation;
import io.omegalock.eval.Evaluator;
import io.omegalock.space.BoolParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.NumericParam;
import io.omegalock.space.ParamSpec;
import io.omegalock.space.Params;
import io.omegalock.stress.Stress;
import io.omegalock.stress.StressResult;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The keyholes' structure: determinism, what matters and what does not, and that the ground
 * truth is true. Our streams differ from the reference's numpy streams, so the numbers here
 * are properties, not recorded values.
 */
class KeyholesTest {
    static final List<Long> SEEDS = List.of(42L, 7L, 100L, 314L, 55L);

    static Stream<Keyhole> keyholes() {
        return Stream.of(Phantom.keyhole(), PhantomDeep.keyhole());
    }

    @Test
    void phantomHasTwelveParamsThreeEffectiveAndOneOfiBiasedDecoy() {
        Phantom k = Phantom.keyhole();
        assertThat(k.space().size()).isEqualTo(12);
        assertThat(k.space().names()).startsWith("alpha", "window", "long_mode");
        assertThat(k.space().spec("alpha")).isEqualTo(io.omegalock.space.FloatParam.of("alpha", 0, 1, 0.2));
        assertThat(k.space().spec("window")).isEqualTo(IntParam.of("window", 3, 30, 16));
        assertThat(k.space().spec("long_mode")).isEqualTo(BoolParam.of("long_mode", false));
        assertThat(k.space().specs().stream().filter(ParamSpec::ofiBiased).map(ParamSpec::name))
                .containsExactly("decoy_ofi");
        GroundTruth t = k.groundTruth(42);
        assertThat(t.effectiveParams()).containsExactly("alpha", "window", "long_mode");
        assertThat(t.importanceRanking()).containsExactly("alpha", "long_mode", "window");
    }

    @Test
    void phantomDeepHasTwentyParamsInTwoChannelsOfThree() {
        PhantomDeep k = PhantomDeep.keyhole();
        assertThat(k.space().size()).isEqualTo(20);
        assertThat(k.space().names()).startsWith("alpha", "window", "long_mode", "beta", "horizon", "use_ema");
        assertThat(k.space().specs().stream().filter(ParamSpec::ofiBiased).map(ParamSpec::name))
                .containsExactly("decoy_ofi");
        assertThat(k.groundTruth(42).effectiveParams())
                .containsExactly("alpha", "window", "long_mode", "beta", "horizon", "use_ema");
    }

    @ParameterizedTest
    @MethodSource("keyholes")
    void sameSeedGivesTheSameNumbersEveryTime(Keyhole k) throws Exception {
        List<Params> points = samples(k, 20, 1);
        for (KeyholeSlice slice : KeyholeSlice.values()) {
            Target a = k.slice(slice, 42);
            Target b = k.slice(slice, 42);
            for (Params p : points) {
                EvalResult ra = a.evaluate(p);
                EvalResult rb = b.evaluate(p);
                assertThat(ra.fitness()).isEqualTo(rb.fitness());
                assertThat(ra.nTrials()).isEqualTo(rb.nTrials());
                assertThat(ra.metadata()).isEqualTo(rb.metadata());
            }
        }
        assertThat(k.groundTruth(42)).isEqualTo(k.groundTruth(42));
    }

    @ParameterizedTest
    @MethodSource("keyholes")
    void slicesAndNeighbouringSeedsDrawDifferentStreams(Keyhole k) throws Exception {
        List<Params> points = samples(k, 20, 2);
        List<List<Double>> seen = new ArrayList<>();
        for (Target t : List.of(k.train(42), k.test(42), k.holdout(42), k.train(43), k.test(43))) {
            List<Double> f = new ArrayList<>();
            for (Params p : points) {
                f.add(t.evaluate(p).fitness());
            }
            seen.add(f);
        }
        assertThat(new HashSet<>(seen)).hasSize(seen.size());
    }

    /** Every decoy moves fitness, by less than a hundredth from anywhere in its range. */
    @ParameterizedTest
    @MethodSource("keyholes")
    void decoysMoveFitnessByLessThanAHundredth(Keyhole k) throws Exception {
        Target t = k.train(42);
        Params base = k.space().neutral();
        double f0 = t.evaluate(base).fitness();
        List<String> effective = k.groundTruth(42).effectiveParams();
        for (ParamSpec s : k.space().specs()) {
            if (effective.contains(s.name())) {
                continue;
            }
            List<Object> values = s instanceof NumericParam n
                    ? List.of(n.clip(n.lowAsDouble()), n.clip(n.highAsDouble()))
                    : List.of(!(Boolean) s.neutralValue());
            double moved = 0;
            for (Object v : values) {
                double d = Math.abs(t.evaluate(base.with(s.name(), v)).fitness() - f0);
                assertThat(d).as(s.name()).isLessThan(0.01);
                moved = Math.max(moved, d);
            }
            assertThat(moved).as(s.name() + " moves fitness at all").isGreaterThan(0.0);
        }
    }

    /** The exact train optimum is never beaten: not by thousands of random points, nor by the expected optimum. */
    @ParameterizedTest
    @MethodSource("keyholes")
    void optimumFitnessIsTheTrainMaximum(Keyhole k) throws Exception {
        for (long seed : SEEDS) {
            GroundTruth truth = k.groundTruth(seed);
            Target train = k.train(seed);
            double best = Double.NEGATIVE_INFINITY;
            for (Params p : samples(k, 3000, seed)) {
                best = Math.max(best, train.evaluate(p).fitness());
            }
            best = Math.max(best, train.evaluate(k.space().neutral().withAll(truth.optimumParams())).fitness());
            assertThat(best).as("seed " + seed).isLessThanOrEqualTo(truth.optimumFitness());
        }
    }

    @Test
    void phantomOptimumFitnessBeatsAFineGridOfTheEffectiveParams() throws Exception {
        Phantom k = Phantom.keyhole();
        for (long seed : SEEDS) {
            Target train = k.train(seed);
            Params base = k.space().neutral();
            double best = Double.NEGATIVE_INFINITY;
            for (boolean mode : new boolean[] {true, false}) {
                for (long w = 3; w <= 30; w++) {
                    for (int a = 0; a <= 200; a++) {
                        Params p = base.with("long_mode", mode).with("window", w).with("alpha", a / 200.0);
                        best = Math.max(best, train.evaluate(p).fitness());
                    }
                }
            }
            double optimum = k.groundTruth(seed).optimumFitness();
            assertThat(best).isLessThanOrEqualTo(optimum);
            // Decoys at their best add at most a few hundredths; the grid misses narrow steps only.
            assertThat(optimum - best).as("seed " + seed).isLessThan(3.0);
        }
    }

    /** Break even of a 3-event mean: 0.3 var / cov with var = 6.78/9 + 0.01/3, cov = (0.7 + 0.49 + 0.343)/3. */
    @Test
    void expectedOptimaAreTheShortestLookbackUpwardsAtTheBreakEvenThreshold() {
        double alpha = 0.3 * ((3 + 2 * (2 * 0.7 + 0.49)) / 9.0 + 0.01 / 3) / ((0.7 + 0.49 + 0.343) / 3);
        double beta = 100 * 0.25 * ((3 + 2 * (2 * 0.6 + 0.36)) / 9.0 + 0.0144 / 3) / ((0.6 + 0.36 + 0.216) / 3);
        Map<String, Object> phantom = Phantom.keyhole().groundTruth(1).optimumParams();
        assertThat(phantom.keySet()).containsExactly("alpha", "window", "long_mode");
        assertThat((double) phantom.get("alpha")).isCloseTo(alpha, within(1e-12));
        assertThat(phantom.get("window")).isEqualTo(3L);
        assertThat(phantom.get("long_mode")).isEqualTo(true);
        Map<String, Object> deep = PhantomDeep.keyhole().groundTruth(1).optimumParams();
        assertThat((double) deep.get("alpha")).isCloseTo(alpha, within(1e-12));
        assertThat((double) deep.get("beta")).isCloseTo(beta, within(1e-10));
        assertThat(deep).containsEntry("window", 3L).containsEntry("long_mode", true)
                .containsEntry("horizon", 3L).containsEntry("use_ema", false);
        assertThat(alpha).isCloseTo(0.4442, within(1e-4));
        assertThat(beta).isCloseTo(43.673, within(1e-3));
    }

    /** Averaged over many seeds, every single move away from the expected optimum loses fitness. */
    @ParameterizedTest
    @MethodSource("keyholes")
    void expectedOptimumBeatsEveryNeighbourOnAverage(Keyhole k) throws Exception {
        Map<String, Object> opt = k.groundTruth(0).optimumParams();
        Map<String, Map<String, Object>> moves = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : opt.entrySet()) {
            ParamSpec s = k.space().spec(e.getKey());
            if (s instanceof BoolParam) {
                moves.put(e.getKey() + " flipped", Map.of(e.getKey(), !(Boolean) e.getValue()));
            } else if (s instanceof IntParam) {
                moves.put(e.getKey() + " + 1", Map.of(e.getKey(), (Long) e.getValue() + 1));
            } else {
                NumericParam n = (NumericParam) s;
                double step = 0.2 * (n.highAsDouble() - n.lowAsDouble());
                moves.put(e.getKey() + " + 20%", Map.of(e.getKey(), n.clip((Double) e.getValue() + step)));
                moves.put(e.getKey() + " - 20%", Map.of(e.getKey(), n.clip((Double) e.getValue() - step)));
            }
        }
        Params center = k.space().neutral().withAll(opt);
        double centerSum = 0;
        Map<String, Double> sums = new LinkedHashMap<>();
        for (long seed = 1000; seed < 1300; seed++) {
            Target t = k.train(seed);
            centerSum += t.evaluate(center).fitness();
            for (Map.Entry<String, Map<String, Object>> m : moves.entrySet()) {
                sums.merge(m.getKey(), t.evaluate(center.withAll(m.getValue())).fitness(), Double::sum);
            }
        }
        for (Map.Entry<String, Double> s : sums.entrySet()) {
            assertThat(s.getValue()).as(s.getKey()).isLessThan(centerSum);
        }
    }

    /** The declared importance ranking is the order of the mean stress rank at the neutral point. */
    @ParameterizedTest
    @MethodSource("keyholes")
    void importanceRankingIsTheMeanStressRankingAtTheNeutralPoint(Keyhole k) {
        List<String> effective = k.groundTruth(0).effectiveParams();
        Map<String, Double> rankSum = new LinkedHashMap<>();
        try (Evaluator ev = Evaluator.sequential()) {
            for (long seed = 0; seed < 200; seed++) {
                List<String> ranking = stressRanking(k, seed, ev);
                for (String name : effective) {
                    rankSum.merge(name, (double) ranking.indexOf(name), Double::sum);
                }
            }
        }
        List<String> byMeanRank = new ArrayList<>(effective);
        byMeanRank.sort(Comparator.comparingDouble(rankSum::get));
        assertThat(byMeanRank).isEqualTo(k.groundTruth(0).importanceRanking());
    }

    /** SPEC §13 structure: stress puts the effective params on top for most seeds. */
    @ParameterizedTest
    @MethodSource("keyholes")
    void stressRanksTheEffectiveParamsOnTopForMostSeeds(Keyhole k) {
        List<String> effective = k.groundTruth(0).effectiveParams();
        int onTop = 0;
        try (Evaluator ev = Evaluator.sequential()) {
            for (long seed : SEEDS) {
                List<String> top = stressRanking(k, seed, ev).subList(0, effective.size());
                if (new HashSet<>(top).equals(new HashSet<>(effective))) {
                    onTop++;
                }
            }
        }
        assertThat(onTop).isGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest
    @MethodSource("keyholes")
    void neutralIsFarWorseThanTheOptimum(Keyhole k) throws Exception {
        for (long seed : SEEDS) {
            double neutral = k.train(seed).evaluate(k.space().neutral()).fitness();
            assertThat(neutral).as("seed " + seed).isNegative();
            assertThat(k.groundTruth(seed).optimumFitness() - neutral).as("seed " + seed).isGreaterThan(30.0);
        }
    }

    @Test
    void streamSeedsKeepTrainAndSeparateTheOtherSlices() {
        assertThat(KeyholeSlice.TRAIN.streamSeed(42)).isEqualTo(42);
        assertThat(KeyholeSlice.TEST.streamSeed(42)).isNotIn(42L, 43L, KeyholeSlice.HOLDOUT.streamSeed(42),
                KeyholeSlice.TEST.streamSeed(43));
        assertThat(KeyholeSlice.TEST.role()).isEqualTo("test");
    }

    static List<String> stressRanking(Keyhole k, long seed, Evaluator ev) {
        Target t = k.train(seed);
        Params base = k.space().neutral();
        Evaluation b = ev.evaluate(t, base);
        List<StressResult> stress = new ArrayList<>(Stress.measure(t, ev, base, b, k.space().names(), Map.of()));
        stress.sort(Comparator.comparingDouble(StressResult::rawStress).reversed());
        return stress.stream().map(StressResult::name).toList();
    }

    /** Uniform random points of the whole space, seeded. */
    static List<Params> samples(Keyhole k, int n, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<Params> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (ParamSpec s : k.space().specs()) {
                if (s instanceof NumericParam num) {
                    values.put(s.name(), num.clip(num.lowAsDouble()
                            + rng.nextDouble() * (num.highAsDouble() - num.lowAsDouble())));
                } else {
                    values.put(s.name(), rng.nextBoolean());
                }
            }
            out.add(k.space().params(values));
        }
        return out;
    }
}
