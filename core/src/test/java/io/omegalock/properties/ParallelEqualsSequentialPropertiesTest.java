package io.omegalock.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.demo.Quad12;
import io.omegalock.eval.Evaluation;
import io.omegalock.eval.Evaluator;
import io.omegalock.eval.OrderedCommit;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.search.GridSearch;
import io.omegalock.search.RandomSearch;
import io.omegalock.search.SearchStrategy;
import io.omegalock.search.ZoomingGridSearch;
import io.omegalock.space.GridAxes;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.ParamSpec;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** SPEC §14 and DESIGN "Determinism": N threads give exactly what 1 thread gives, in candidate order. */
class ParallelEqualsSequentialPropertiesTest {

    /** How a generated target misbehaves on some candidates. */
    enum Mode { CLEAN, THROWS, NAN, MIXED }

    /**
     * A deterministic target over any space: fitness from the params' hash; depending on the
     * mode it throws or returns NaN / infinity for about a third of them. Each call waits a
     * hash-dependent few microseconds so workers finish out of candidate order.
     */
    static Target target(ParamSpace space, Mode mode, long salt) {
        return new Target() {
            @Override
            public ParamSpace space() {
                return space;
            }

            @Override
            public EvalResult evaluate(Params p) {
                long h = (p.hashCode() * 0x9E3779B97F4A7C15L) ^ salt;
                int bucket = (int) Math.floorMod(h, 6L);
                LockSupport.parkNanos(Math.floorMod(h >>> 7, 200_000L));
                if ((mode == Mode.THROWS || mode == Mode.MIXED) && bucket == 0) {
                    throw new IllegalStateException("refused " + p);
                }
                if ((mode == Mode.NAN || mode == Mode.MIXED) && bucket == 1) {
                    return EvalResult.of(Double.NaN, 3);
                }
                if (mode == Mode.MIXED && bucket == 2) {
                    return EvalResult.of(Double.NEGATIVE_INFINITY, 4);
                }
                return EvalResult.of(Math.floorMod(h, 10_000L) / 7.0, Math.floorMod(h, 90L),
                        Map.of("bucket", bucket));
            }
        };
    }

    /** Every grid point over the first (up to) three params of the space, g = 3. */
    static List<Params> batch(ParamSpace space) {
        List<Params> out = new ArrayList<>();
        out.add(space.neutral());
        List<ParamSpec> specs = space.specs().subList(0, Math.min(3, space.size()));
        List<Params> frontier = new ArrayList<>(List.of(space.neutral()));
        for (ParamSpec s : specs) {
            List<Params> next = new ArrayList<>();
            for (Params p : frontier) {
                for (Object v : GridAxes.points(s, 3)) {
                    next.add(p.with(s.name(), v));
                }
            }
            frontier = next;
        }
        out.addAll(frontier);
        return out;
    }

    @Provide
    Arbitrary<ParamSpace> spaces() {
        return Generators.smallSpaces(4);
    }

    @Property(tries = 60)
    void parallelBatchEqualsSequentialBatch(@ForAll("spaces") ParamSpace space, @ForAll Mode mode,
                                            @ForAll long salt, @ForAll @IntRange(min = 2, max = 4) int threads) {
        Target t = target(space, mode, salt);
        List<Params> batch = batch(space);
        List<Evaluation> seq = Evaluator.sequential().evaluate(t, batch);
        List<Evaluation> par;
        try (Evaluator e = Evaluator.parallel(threads)) {
            par = e.evaluate(t, batch);
        }
        assertThat(par).hasSameSizeAs(seq);
        for (int i = 0; i < seq.size(); i++) {
            Evaluation s = seq.get(i);
            Evaluation p = par.get(i);
            assertThat(p.params()).as("params %d", i).isEqualTo(batch.get(i)).isEqualTo(s.params());
            assertThat(Double.doubleToRawLongBits(p.fitness())).as("fitness bits %d", i)
                    .isEqualTo(Double.doubleToRawLongBits(s.fitness()));
            assertThat(p.failure()).as("failure %d", i).isEqualTo(s.failure());
            assertThat(p.ok()).isEqualTo(s.ok());
            assertThat(p.nTrials()).isEqualTo(s.nTrials());
            assertThat(p.result() == null ? null : p.result().metadata())
                    .isEqualTo(s.result() == null ? null : s.result().metadata());
        }
    }

    @Property(tries = 60)
    void orderedCommitsRunInCandidateOrder(@ForAll("spaces") ParamSpace space, @ForAll Mode mode,
                                           @ForAll long salt, @ForAll @IntRange(min = 2, max = 4) int threads,
                                           @ForAll @IntRange(min = 1, max = 3) int actionsPerCandidate) {
        List<Params> batch = batch(space);
        Map<Params, Integer> slot = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            slot.putIfAbsent(batch.get(i), i);
        }
        // The first occurrence of a repeated point commits for every repeat; dedupe to keep it simple.
        List<Params> distinct = new ArrayList<>(new LinkedHashMap<Params, Integer>(slot).keySet());
        distinct.sort((a, b) -> Integer.compare(slot.get(a), slot.get(b)));
        Map<Params, Integer> position = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            position.put(distinct.get(i), i);
        }
        Target inner = target(space, mode, salt);
        List<List<Integer>> committed = Collections.synchronizedList(new ArrayList<>());
        Target recording = new Target() {
            @Override
            public ParamSpace space() {
                return space;
            }

            @Override
            public EvalResult evaluate(Params p) throws Exception {
                int i = position.get(p);
                for (int k = 0; k < actionsPerCandidate; k++) {
                    int action = k;
                    OrderedCommit.submit(() -> committed.add(List.of(i, action)));
                }
                return inner.evaluate(p);
            }
        };
        try (Evaluator e = Evaluator.parallel(threads)) {
            e.evaluate(recording, distinct);
        }
        List<List<Integer>> expected = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            for (int k = 0; k < actionsPerCandidate; k++) {
                expected.add(List.of(i, k));
            }
        }
        assertThat(committed).isEqualTo(expected);
    }

    // ---- the whole pipeline on quad12 ----

    @Provide
    Arbitrary<PipelineConfig> quadConfigs() {
        Arbitrary<SearchStrategy> search = Arbitraries.oneOf(
                Arbitraries.integers().between(2, 5).map(GridSearch::new),
                Arbitraries.integers().between(2, 4).map(g -> new ZoomingGridSearch(g, 3, 0.5)),
                Arbitraries.integers().between(10, 60).map(n -> new RandomSearch(n, 7L)));
        return net.jqwik.api.Combinators.combine(search, Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(2, 12), Arbitraries.of(true, false))
                .as((s, k, n, sc2) -> PipelineConfig.builder().search(s).unlockK(k).walkForwardTopN(n)
                        .sc2(sc2, 42).build());
    }

    @Property(tries = 12)
    void quad12PipelineIsIdenticalWithOneAndTwoThreads(@ForAll("quadConfigs") PipelineConfig config) {
        assertSameWithOneAndTwoThreads(config);
    }

    @Example
    void quad12PipelineWithDefaultsIsIdenticalWithOneAndTwoThreads() {
        assertSameWithOneAndTwoThreads(PipelineConfig.builder().sc2(true, 42).build());
    }

    private static void assertSameWithOneAndTwoThreads(PipelineConfig config) {
        PipelineTargets targets = PipelineTargets.of(Quad12.train()).withTest(Quad12.test())
                .withHoldout(Quad12.holdout());
        Map<String, Object> one = new Pipeline(config, Evaluator.sequential()).run(targets).toMap();
        Map<String, Object> two;
        try (Evaluator e = Evaluator.parallel(2)) {
            two = new Pipeline(config, e).run(targets).toMap();
        }
        assertThat(withoutTimes(two)).isEqualTo(withoutTimes(one));
    }

    /** Drops wall times: {@code elapsed_seconds}, every {@code wall_s}, and KC-1's elapsed time and message. */
    @SuppressWarnings("unchecked")
    static Object withoutTimes(Object node) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            boolean kc1 = "KC-1".equals(m.get("name"));
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String k = String.valueOf(e.getKey());
                if (k.equals("elapsed_seconds") || k.equals("wall_s") || (kc1 && k.equals("message"))
                        || k.equals("elapsed_s")) {
                    continue;
                }
                out.put(k, withoutTimes(e.getValue()));
            }
            return out;
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(withoutTimes(v)));
            return out;
        }
        return node;
    }
}
