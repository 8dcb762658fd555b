package io.omegalock.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import io.omegalock.eval.Evaluation;
import io.omegalock.eval.Evaluator;
import io.omegalock.pipeline.Feasibility;
import io.omegalock.space.BoolParam;
import io.omegalock.space.ChoiceParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.ParamSpec;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import io.omegalock.target.Targets;
import io.omegalock.testing.ConstrainedTarget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TpeSearchTest {
    /** Every kind of parameter, plus single-valued ones TPE must leave alone. */
    private static final ParamSpace MIXED = ParamSpace.of(
            FloatParam.of("x", -3, 2, 0),
            IntParam.of("n", -4, 9, 0),
            BoolParam.of("b", false),
            ChoiceParam.of("c", List.of("lin", "log", "sqrt"), "lin"),
            FloatParam.of("fixed", 1.5, 1.5, 1.5),
            IntParam.of("one", 7, 7, 7),
            ChoiceParam.of("only", List.of("z"), "z"));
    private static final Target MIXED_TARGET = Targets.of(MIXED, p -> -Math.pow(p.getDouble("x") - 0.7, 2)
            - 0.1 * Math.abs(p.getLong("n") - 3) + (p.getBoolean("b") ? 0.5 : 0) + ("log".equals(p.getString("c")) ? 1 : 0));

    private static List<Candidate> run(Target target, SearchStrategy s) {
        try (Evaluator e = Evaluator.sequential()) {
            return s.search(new SearchContext(target, e, target.space().neutral(), target.space().names()));
        }
    }

    private static List<Params> params(List<Candidate> cs) {
        return cs.stream().map(Candidate::params).toList();
    }

    @Test
    void validatesTrialsAndMode() {
        assertThatThrownBy(() -> new TpeSearch(0, 1)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("trials").hasMessageContaining("got 0");
        assertThatThrownBy(() -> new TpeSearch(5, 1, null)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("mode");
        assertThat(new TpeSearch(5, 1).mode()).isEqualTo(TpeSearch.Mode.MULTIVARIATE);
        assertThat(TpeSearch.withDefaults()).isEqualTo(new TpeSearch(125, 0, TpeSearch.Mode.MULTIVARIATE));
        assertThat(TpeSearch.withDefaults().withTrials(7).withSeed(3).withMode(TpeSearch.Mode.UNIVARIATE))
                .isEqualTo(new TpeSearch(7, 3, TpeSearch.Mode.UNIVARIATE));
    }

    @Test
    void describesItself() {
        TpeSearch s = new TpeSearch(40, 9, TpeSearch.Mode.UNIVARIATE);
        assertThat(s.method()).isEqualTo("tpe");
        assertThat(s.settings()).containsExactly(Map.entry("method", "tpe"), Map.entry("n_trials", 40),
                Map.entry("seed", 9L), Map.entry("mode", "univariate"), Map.entry("n_startup_trials", 10),
                Map.entry("n_ei_candidates", 24));
    }

    @ParameterizedTest
    @EnumSource(TpeSearch.Mode.class)
    void sameSeedSameCandidatesOtherSeedOthers(TpeSearch.Mode mode) {
        List<Candidate> a = run(MIXED_TARGET, new TpeSearch(40, 17, mode));
        List<Candidate> b = run(MIXED_TARGET, new TpeSearch(40, 17, mode));
        List<Candidate> c = run(MIXED_TARGET, new TpeSearch(40, 18, mode));
        assertThat(params(a)).isEqualTo(params(b));
        assertThat(params(a).subList(10, 40)).doesNotContainAnyElementsOf(params(c).subList(10, 40));
        assertThat(a).extracting(Candidate::idx).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 40).boxed().toList());
    }

    @Test
    void parallelEngineGivesTheSameCandidates() {
        List<Candidate> one = run(MIXED_TARGET, new TpeSearch(30, 4));
        try (Evaluator e = Evaluator.parallel(2)) {
            List<Candidate> two = new TpeSearch(30, 4).search(new SearchContext(MIXED_TARGET, e, MIXED.neutral(), MIXED.names()));
            assertThat(params(two)).isEqualTo(params(one));
        }
    }

    @ParameterizedTest
    @EnumSource(TpeSearch.Mode.class)
    void valuesStayInBoundsWithTheirTypes(TpeSearch.Mode mode) {
        for (Candidate c : run(MIXED_TARGET, new TpeSearch(80, 2, mode))) {
            for (ParamSpec spec : MIXED.specs()) {
                Object v = c.params().get(spec.name());
                assertThat(spec.validate(v)).isEqualTo(v);
            }
            assertThat(c.params().get("x")).isInstanceOf(Double.class);
            assertThat(c.params().get("n")).isInstanceOf(Long.class);
            assertThat(c.params().get("b")).isInstanceOf(Boolean.class);
            assertThat(c.params().get("c")).isInstanceOf(String.class);
            assertThat(c.params().get("fixed")).isEqualTo(1.5);
            assertThat(c.params().get("one")).isEqualTo(7L);
            assertThat(c.params().get("only")).isEqualTo("z");
        }
    }

    @Property(tries = 40)
    void anyBoundsHoldEveryProposal(@ForAll @DoubleRange(min = -1e6, max = 1e6) double low,
                                    @ForAll @DoubleRange(min = 0, max = 1e4) double width,
                                    @ForAll @LongRange(min = -1000, max = 1000) long intLow,
                                    @ForAll @IntRange(min = 0, max = 50) int intWidth,
                                    @ForAll long seed) {
        ParamSpace space = ParamSpace.of(FloatParam.of("x", low, low + width, low),
                IntParam.of("n", intLow, intLow + intWidth, intLow));
        Target t = Targets.of(space, p -> Math.sin(p.getDouble("x")) + Math.cos(p.getLong("n")));
        for (Candidate c : run(t, new TpeSearch(25, seed))) {
            assertThat(c.params().getDouble("x")).isBetween(low, low + width);
            assertThat(c.params().getLong("n")).isBetween(intLow, intLow + intWidth);
        }
    }

    @Test
    void lockedParametersKeepTheirBaseValues() {
        Params base = MIXED.neutral().with("n", 5L).with("c", "sqrt");
        try (Evaluator e = Evaluator.sequential()) {
            List<Candidate> cs = new TpeSearch(25, 1).search(new SearchContext(MIXED_TARGET, e, base, List.of("x", "b")));
            assertThat(cs).allSatisfy(c -> {
                assertThat(c.params().get("n")).isEqualTo(5L);
                assertThat(c.params().get("c")).isEqualTo("sqrt");
                assertThat(c.unlocked()).containsOnlyKeys("x", "b");
            });
        }
    }

    @Test
    void startupTrialsAreTheSeededRandomSearch() {
        List<Candidate> tpe = run(MIXED_TARGET, new TpeSearch(25, 99));
        List<Candidate> random = run(MIXED_TARGET, new RandomSearch(TpeSearch.STARTUP_TRIALS, 99));
        assertThat(params(tpe).subList(0, TpeSearch.STARTUP_TRIALS)).isEqualTo(params(random));
    }

    @Test
    void startupTrialsAreUniform() {
        ParamSpace unit = ParamSpace.of(FloatParam.of("u", 0, 1, 0.5));
        Target flat = Targets.of(unit, p -> 0);
        int[] bins = new int[10];
        for (long seed = 0; seed < 500; seed++) {
            for (Candidate c : run(flat, new TpeSearch(TpeSearch.STARTUP_TRIALS, seed))) {
                bins[(int) (10 * c.params().getDouble("u"))]++;
            }
        }
        // 5000 draws, 500 expected per bin, standard deviation about 21: chi-square over 9 degrees of
        // freedom stays below 27.9 with probability 0.999.
        double chi2 = Arrays.stream(bins).mapToDouble(b -> (b - 500.0) * (b - 500.0) / 500.0).sum();
        assertThat(chi2).isLessThan(27.9);
    }

    @Test
    void failedEvaluationsStayCandidatesButNotObservations() {
        AtomicInteger calls = new AtomicInteger();
        Target flaky = new Target() {
            @Override
            public ParamSpace space() {
                return MIXED;
            }

            @Override
            public EvalResult evaluate(Params p) throws Exception {
                if (calls.getAndIncrement() < 5) {
                    throw new IllegalStateException("warming up");
                }
                return MIXED_TARGET.evaluate(p);
            }
        };
        List<Candidate> cs = run(flaky, new TpeSearch(30, 5));
        assertThat(cs).hasSize(30);
        assertThat(cs.subList(0, 5)).noneMatch(Candidate::ok);
        assertThat(cs.subList(5, 30)).allMatch(Candidate::ok);
        // Startup lasts until ten trials have completed, so the first fifteen are all random.
        assertThat(params(cs).subList(0, 15)).isEqualTo(params(run(MIXED_TARGET, new RandomSearch(15, 5))));
    }

    @ParameterizedTest
    @EnumSource(TpeSearch.Mode.class)
    void concentratesNearTheOptimumOfAQuadratic(TpeSearch.Mode mode) {
        ParamSpace line = ParamSpace.of(FloatParam.of("x", -5, 5, 0));
        double opt = 1.3;
        Target quad = Targets.of(line, p -> -Math.pow(p.getDouble("x") - opt, 2));
        // Uniform on [-5, 5] puts the median |x - 1.3| at 2.5. Measured over seeds 0..19: multivariate
        // 0.39..0.57 (its bandwidth 0.2 * 20^(-1/5) * 10 = 1.1 stays wide in one dimension), univariate
        // 0.20..0.25. Require at least 4x and 8x closer than uniform.
        double bound = mode == TpeSearch.Mode.MULTIVARIATE ? 0.625 : 0.3125;
        for (long seed = 0; seed < 5; seed++) {
            List<Candidate> cs = run(quad, new TpeSearch(200, seed, mode));
            double[] last = cs.subList(150, 200).stream().mapToDouble(c -> Math.abs(c.params().getDouble("x") - opt))
                    .sorted().toArray();
            assertThat(0.5 * (last[24] + last[25])).as("seed %d", seed).isLessThan(bound);
            assertThat(Math.abs(Selection.bestOf(cs).params().getDouble("x") - opt)).as("seed %d", seed)
                    .isLessThan(0.05);
        }
    }

    @Test
    void constraintsSteerTowardsTheFeasibleOptimum() {
        ParamSpace line = ParamSpace.of(FloatParam.of("x", 0, 1, 0.5));
        Target quad = Targets.of(line, p -> -Math.pow(p.getDouble("x") - 0.8, 2));
        Map<String, BiPredicate<Params, EvalResult>> cs = Map.of("x_le_half", (p, r) -> p.getDouble("x") <= 0.5);
        List<Candidate> all = run(new ConstrainedTarget(quad, cs), new TpeSearch(150, 3));
        List<Candidate> last = all.subList(100, 150);
        long feasible = last.stream().filter(Feasibility::feasible).count();
        double[] gap = last.stream().mapToDouble(c -> Math.abs(c.params().getDouble("x") - 0.5)).sorted().toArray();
        // Unconstrained, TPE would crowd around 0.8; the good side must pull it to the boundary instead
        // (uniform on [0, 1] would put the median |x - 0.5| at 0.25).
        assertThat(feasible).isGreaterThan(25);
        assertThat(0.5 * (gap[24] + gap[25])).isLessThan(0.1);
    }

    @Test
    void violationCountAgreesWithFeasibility() {
        ParamSpace line = ParamSpace.of(FloatParam.of("x", 0, 1, 0.5));
        Map<String, BiPredicate<Params, EvalResult>> cs = new java.util.LinkedHashMap<>();
        cs.put("a", (p, r) -> p.getDouble("x") < 0.6);
        cs.put("b", (p, r) -> p.getDouble("x") < 0.3);
        Target t = new ConstrainedTarget(Targets.of(line, p -> 1), cs);
        List<Integer> counts = new ArrayList<>();
        for (Candidate c : run(t, new GridSearch(5))) {
            Evaluation e = c.evaluation();
            counts.add(TpeSearch.violations(e));
            assertThat(TpeSearch.violations(e) == 0).isEqualTo(Feasibility.feasible(e));
        }
        assertThat(counts).containsExactly(0, 0, 1, 2, 2);
        assertThat(TpeSearch.violations(run(Targets.of(line, p -> 1), new GridSearch(2)).get(0).evaluation())).isZero();
    }

    @ParameterizedTest
    @EnumSource(TpeSearch.Mode.class)
    void batchesAreTheSameOnEveryEngineAndSpreadOut(TpeSearch.Mode mode) {
        TpeSearch batched = new TpeSearch(60, 8, mode, 8);
        List<Candidate> one = run(MIXED_TARGET, batched);
        List<Candidate> three;
        try (Evaluator e = Evaluator.parallel(3)) {
            three = batched.search(new SearchContext(MIXED_TARGET, e, MIXED.neutral(), MIXED.names()));
        }
        assertThat(params(three)).isEqualTo(params(one));
        assertThat(three).extracting(Candidate::fitness).isEqualTo(one.stream().map(Candidate::fitness).toList());
        assertThat(one).hasSize(60).extracting(Candidate::idx).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 60).boxed().toList());
        // The first 10 are the startup draws, as without batches; the model's batches differ.
        assertThat(params(one).subList(0, 10)).isEqualTo(params(run(MIXED_TARGET, new TpeSearch(60, 8, mode))).subList(0, 10));
        // Constant liar: no batch proposes the same point twice.
        for (int start = 10; start < 60; start += 8) {
            List<Params> batch = params(one).subList(start, Math.min(60, start + 8));
            assertThat(new java.util.HashSet<>(batch)).as("batch at %d", start).hasSameSizeAs(batch);
        }
    }

    @Test
    void batchOfOneIsTheSequentialSearch() {
        assertThat(params(run(MIXED_TARGET, new TpeSearch(40, 5, TpeSearch.Mode.MULTIVARIATE, 1))))
                .isEqualTo(params(run(MIXED_TARGET, new TpeSearch(40, 5))));
        assertThat(new TpeSearch(40, 5).batchSize()).isEqualTo(1);
        assertThat(new TpeSearch(40, 5).settings()).doesNotContainKey("batch_size");
        assertThat(new TpeSearch(40, 5).withBatchSize(4).settings()).containsEntry("batch_size", 4)
                .containsEntry("constant_liar", true);
        assertThatThrownBy(() -> new TpeSearch(40, 5).withBatchSize(0)).isInstanceOf(BadInputException.class)
                .hasMessage("TPE batch size must be >= 1, got 0");
    }

    @Test
    void liarsRankBelowEveryCompletedTrialAndLeaveTheHistoryAlone() {
        TrialHistory h = new TrialHistory();
        for (int i = 0; i < 20; i++) {
            h.add(new double[] {i}, -i, i % 3 == 0 ? 2 : 0);
        }
        TrialHistory lying = h.copy();
        lying.addLiar(new double[] {99});
        lying.addLiar(new double[] {98});
        assertThat(h.size()).isEqualTo(20);
        assertThat(lying.size()).isEqualTo(22);
        int[] ranking = lying.ranking();
        assertThat(ranking[20]).isEqualTo(20);
        assertThat(ranking[21]).isEqualTo(21);
        assertThat(lying.split()[1]).contains(20, 21);
        assertThat(lying.split()[0]).hasSize(TrialHistory.goodCount(22)).doesNotContain(20, 21);
    }
}
