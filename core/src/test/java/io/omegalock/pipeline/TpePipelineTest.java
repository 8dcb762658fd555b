package io.omegalock.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.demo.Quad12;
import io.omegalock.eval.Evaluator;
import io.omegalock.search.Candidate;
import io.omegalock.search.GridSearch;
import io.omegalock.search.TpeSearch;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import io.omegalock.testing.ConstrainedTarget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** P2: the one pipeline with a TPE search, on the quad12 slices of the reference's quad_basic spec. */
class TpePipelineTest {

    private static PipelineTargets quadSlices() {
        return new PipelineTargets(constrained(Quad12.train()), constrained(Quad12.test()), null,
                constrained(Quad12.holdout()));
    }

    private static Target constrained(Target slice) {
        Map<String, BiPredicate<Params, EvalResult>> cs = new LinkedHashMap<>();
        cs.put("risk_lt_2", (p, r) -> ((Number) r.metadata().get("risk")).doubleValue() < 2.0);
        cs.put("p0_le_1", (p, r) -> p.getDouble("p0") <= 1.0);
        return new ConstrainedTarget(slice, cs);
    }

    private static PipelineConfig.Builder config() {
        return PipelineConfig.builder().unlockK(3).walkForwardTopN(10).constraintPolicy(ConstraintPolicy.PREFER_FEASIBLE)
                .holdoutMode(HoldoutMode.GATE).holdoutMinFitness(-1e9).sc2(true, 42);
    }

    @Test
    void runsEndToEndWithEveryGate() {
        PipelineResult tpe = new Pipeline(config().search(new TpeSearch(125, 7)).build(), Evaluator.sequential())
                .run(quadSlices());
        PipelineResult grid = new Pipeline(config().search(new GridSearch(5)).build(), Evaluator.sequential())
                .run(quadSlices());

        assertThat(tpe.candidates()).hasSize(125);
        assertThat(tpe.candidates()).extracting(Candidate::idx).startsWith(0, 1, 2).endsWith(124);
        // A search swap, not a relaxation: the same gates report, in the same order, as for the grid.
        assertThat(tpe.reports()).extracting(r -> r.name())
                .containsExactlyElementsOf(grid.reports().stream().map(r -> r.name()).toList())
                .contains("KC-2", "KC-4", "SC-2", "KC-1", "KC-3");
        assertThat(tpe.walkForward()).isNotNull();
        assertThat(tpe.holdout()).isNotNull();
        assertThat(tpe.holdout().gateStatus()).isIn("PASS", "FAIL");
        assertThat(tpe.selected()).isNotNull();
        assertThat(Feasibility.feasible(tpe.selected())).isTrue();
        assertThat(tpe.selected().unlocked()).containsOnlyKeys(tpe.topK());

        Map<String, Object> artifact = tpe.toMap();
        assertThat(artifact).containsEntry("search_method", "tpe");
        assertThat((List<?>) artifact.get("grid_results")).hasSize(125);
        @SuppressWarnings("unchecked")
        Map<String, Object> search = (Map<String, Object>) ((Map<String, Object>) artifact.get("config")).get("search");
        assertThat(search).containsEntry("method", "tpe").containsEntry("n_trials", 125).containsEntry("seed", 7L);
    }

    @Test
    void sameSeedSameRun() {
        PipelineConfig c = config().search(new TpeSearch(60, 3, TpeSearch.Mode.UNIVARIATE)).build();
        PipelineResult a = new Pipeline(c, Evaluator.sequential()).run(quadSlices());
        PipelineResult b;
        try (Evaluator parallel = Evaluator.parallel(2)) {
            b = new Pipeline(c, parallel).run(quadSlices());
        }
        assertThat(b.status()).isEqualTo(a.status());
        assertThat(b.candidates()).extracting(Candidate::params)
                .containsExactlyElementsOf(a.candidates().stream().map(Candidate::params).toList());
    }

    @Test
    void tpeBeatsTheGridOnTheSameBudget() {
        // 125 grid points (5 per axis) miss quad12's optimum; 125 TPE trials get closer to it
        // (measured: grid -4.82, TPE seed 11 about -1.1 without constraints).
        PipelineResult tpe = new Pipeline(config().search(new TpeSearch(125, 11)).build(), Evaluator.sequential())
                .run(quadSlices());
        PipelineResult grid = new Pipeline(config().search(new GridSearch(5)).build(), Evaluator.sequential())
                .run(quadSlices());
        assertThat(tpe.topK()).isEqualTo(grid.topK());
        assertThat(tpe.bestFeasible().fitness()).isGreaterThan(grid.bestFeasible().fitness());
    }
}
