package io.omegalock.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omegalock.demo.Quad12;
import io.omegalock.demo.SramBitcell;
import io.omegalock.eval.Evaluator;
import io.omegalock.search.GridSearch;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import io.omegalock.testing.ConstrainedTarget;
import io.omegalock.testing.Fixtures;
import io.omegalock.testing.JsonAssert;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * Differential tests against the reference pipeline: the specs under
 * {@code reference/specs/} run through our library with the Java quad12 and SRAM targets must
 * reproduce the reference's {@code result.json} field by field (wall times aside).
 */
class ReferencePipelineTest {

    @Test
    void quadBasicMatchesReference() {
        JsonNode want = Fixtures.json("reference/quad_basic/result.json");
        PipelineConfig config = PipelineConfig.builder().unlockK(3).search(new GridSearch(5)).walkForwardTopN(10)
                .constraintPolicy(ConstraintPolicy.PREFER_FEASIBLE).holdoutMode(HoldoutMode.EVIDENCE_ONLY).build();
        PipelineTargets targets = new PipelineTargets(quad(Quad12.train()), quad(Quad12.test()), null,
                quad(Quad12.holdout()));
        PipelineResult result = new Pipeline(config, Evaluator.sequential()).run(targets);

        assertThat(result.status()).isEqualTo("PASS");
        assertMatches(want, result.toMap());
    }

    @Test
    void sramDemoMatchesReference() {
        JsonNode want = Fixtures.json("reference/sram_demo/result.json");
        PipelineConfig config = PipelineConfig.builder().unlockK(3).search(new GridSearch(5)).build();
        Map<String, BiPredicate<Params, EvalResult>> cs = new LinkedHashMap<>();
        cs.put(SramBitcell.READ_SNM_NAME, (p, r) -> SramBitcell.readSnmOk(r.metadata()));
        cs.put(SramBitcell.WRITE_MARGIN_NAME, (p, r) -> SramBitcell.writeMarginOk(r.metadata()));
        cs.put(SramBitcell.LEAKAGE_NAME, (p, r) -> SramBitcell.leakageOk(r.metadata()));
        PipelineResult result = new Pipeline(config, Evaluator.sequential())
                .run(PipelineTargets.of(new ConstrainedTarget(SramBitcell.of(), cs)));

        assertThat(result.status()).isEqualTo("FAIL:KC-3");
        assertMatches(want, result.toMap());
        // The reference's story: best any 227.226 fails a constraint; best feasible 215.276.
        assertThat(result.bestAny().fitness()).isCloseTo(227.226, org.assertj.core.data.Offset.offset(5e-4));
        assertThat(result.bestFeasible().fitness()).isCloseTo(215.276, org.assertj.core.data.Offset.offset(5e-4));
        assertThat(result.bestFeasible().unlocked()).containsEntry("vdd", 1.2).containsEntry("vth_n", 0.425)
                .containsEntry("vth_p", 0.35);
    }

    @Test
    void quadIterativeMatchesReference() {
        JsonNode want = Fixtures.json("reference/quad_iterative/result.json");
        PipelineConfig round = PipelineConfig.builder().unlockK(2).search(new GridSearch(5)).walkForwardTopN(10)
                .build();
        PipelineTargets targets = new PipelineTargets(quad(Quad12.train()), quad(Quad12.test()), null,
                quad(Quad12.holdout()));
        IterativeResult result = new IterativePipeline(new IterativeConfig(round, 3, 0.0, true),
                Evaluator.sequential()).run(targets);

        Map<String, Object> ours = result.toMap();
        for (String key : List.of("final_status", "stop_reason", "locked_in_order", "fitness_trajectory",
                "round_best_fitness", "final_baseline", "holdout_result", "selection_reused_test_target",
                "test_reuse_rounds", "holdout_recommended", "holdout_present", "advisory_messages")) {
            JsonAssert.equivalent(want.get(key), ours.get(key), key);
        }
        List<?> rounds = (List<?>) ours.get("rounds");
        assertThat(rounds).hasSize(want.get("rounds").size());
        for (int i = 0; i < rounds.size(); i++) {
            assertMatches(want.get("rounds").get(i), (Map<?, ?>) rounds.get(i));
        }
    }

    /** Compares every reference field except wall times, config (ours is richer) and KC-1's elapsed time. */
    private static void assertMatches(JsonNode want, Map<?, ?> ours) {
        ObjectNode w = want.deepCopy();
        w.remove("elapsed_seconds");
        w.remove("config");
        JsonAssert.stripWallTimes(w);
        @SuppressWarnings("unchecked")
        Map<String, Object> o = (Map<String, Object>) ours;
        JsonAssert.equivalent(w, o, "result");
        JsonAssert.equivalent(want.get("config").get("kc_thresholds"),
                ((Map<?, ?>) o.get("config")).get("kc_thresholds"), "config.kc_thresholds");
    }

    private static Target quad(Target slice) {
        Map<String, BiPredicate<Params, EvalResult>> cs = new LinkedHashMap<>();
        cs.put("risk_lt_2", (p, r) -> ((Number) r.metadata().get("risk")).doubleValue() < 2.0);
        cs.put("p0_le_1", (p, r) -> p.getDouble("p0") <= 1.0);
        return new ConstrainedTarget(slice, cs);
    }
}
