package io.omegalock.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.eval.Evaluator;
import io.omegalock.gate.Thresholds;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.properties.ParallelEqualsSequentialPropertiesTest.Mode;
import io.omegalock.search.Candidate;
import io.omegalock.search.GridSearch;
import io.omegalock.search.RandomSearch;
import io.omegalock.search.SearchStrategy;
import io.omegalock.search.ZoomingGridSearch;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** SPEC §2: a failed evaluation (exception, non-finite fitness) is recorded, never selected; the run goes on. */
class FailedEvaluationPropertiesTest {

    @Provide
    Arbitrary<ParamSpace> spaces() {
        return Generators.smallSpaces(4);
    }

    @Provide
    Arbitrary<SearchStrategy> searches() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(2, 4).map(GridSearch::new),
                Arbitraries.integers().between(2, 3).map(g -> new ZoomingGridSearch(g, 2, 0.5)),
                Arbitraries.integers().between(5, 40).map(n -> new RandomSearch(n, 11L)));
    }

    @Property(tries = 150)
    void failedEvaluationsAreNeverSelected(@ForAll("spaces") ParamSpace space, @ForAll Mode mode,
                                           @ForAll long salt, @ForAll("searches") SearchStrategy search,
                                           @ForAll @IntRange(min = 1, max = 3) int unlockK,
                                           @ForAll @IntRange(min = 0, max = 1) int threads) {
        Target flaky = ParallelEqualsSequentialPropertiesTest.target(space, mode, salt);
        // The baseline must succeed (its failure is fatal by design); everything else may fail.
        Target target = new Target() {
            @Override
            public ParamSpace space() {
                return space;
            }

            @Override
            public EvalResult evaluate(Params p) throws Exception {
                return p.equals(space.neutral()) ? EvalResult.of(0.5, 60, Map.of()) : flaky.evaluate(p);
            }
        };
        // KC-2 thresholds that always pass, so that every run reaches the search.
        PipelineConfig config = PipelineConfig.builder().search(search).unlockK(unlockK).walkForwardTopN(3)
                .thresholds(Thresholds.defaults().withGiniMin(-1).withTopBotRatioMin(-1)).sc2(true, 5).build();
        PipelineTargets targets = PipelineTargets.of(target).withTest(target).withHoldout(target);
        PipelineResult r;
        try (Evaluator e = threads == 0 ? Evaluator.sequential() : Evaluator.parallel(2)) {
            r = new Pipeline(config, e).run(targets);
        }

        assertThat(r.status()).isNotNull();
        assertThat(r.toMap()).containsKeys("grid_results", "grid_best", "kc_reports");
        assertThat(r.candidates()).isNotEmpty();
        Candidate best = null;
        for (Candidate c : r.candidates()) {
            if (c.ok() && (best == null || c.fitness() > best.fitness())) {
                best = c;
            }
            if (!c.ok()) {
                assertThat(c.toSummary().get("fitness")).isNull();
                assertThat(c.toSummary().get("error")).isNotNull();
            }
        }
        if (best == null) {
            assertThat(r.selected()).isNull();
            assertThat(r.bestAny()).isNull();
        } else {
            assertThat(r.selected()).isNotNull();
            assertThat(r.selected().ok()).isTrue();
            assertThat(Double.isFinite(r.selected().fitness())).isTrue();
            assertThat(r.selected().idx()).isEqualTo(best.idx());
            assertThat(r.bestAny()).isNotNull();
            assertThat(r.bestAny().ok()).isTrue();
            assertThat(r.bestAny().idx()).isEqualTo(best.idx());
        }
        if (r.bestFeasible() != null) {
            assertThat(r.bestFeasible().ok()).isTrue();
        }
    }
}
