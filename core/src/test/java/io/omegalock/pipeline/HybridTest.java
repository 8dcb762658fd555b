package io.omegalock.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.audit.AuditRecord;
import io.omegalock.audit.AuditTrail;
import io.omegalock.demo.Quad12;
import io.omegalock.eval.Evaluation;
import io.omegalock.eval.Evaluator;
import io.omegalock.search.Candidate;
import io.omegalock.space.FloatParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import io.omegalock.target.Target;
import io.omegalock.target.Targets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hybrid A/B evaluation: the library ordering (SPEC §2) and the pipeline's hybrid step (§7.7). */
class HybridTest {
    private static final ParamSpace SPACE = ParamSpace.of(FloatParam.of("x", 0, 10, 0));

    /** Candidates with search fitness equal to x, for x = 0..9 (so the search ranking is 9, 8, ...). */
    private static List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Params p = SPACE.neutral().with("x", (double) i);
            out.add(new Candidate(i, Evaluation.of(p, EvalResult.of(i), 0), List.of("x")));
        }
        return out;
    }

    @Test
    void abOrderResortsTheValidatedHeadAndNeverDropsItBelowTheRest() {
        // Validation reverses the order among the top 3 (x = 9, 8, 7 score 1, 2, 3) and is far
        // below every search score, yet the demoted candidates stay above those it never saw.
        Target validation = Targets.of(SPACE, p -> 10 - p.getDouble("x"));
        List<HybridEntry> order;
        try (Evaluator ev = Evaluator.sequential()) {
            order = Hybrid.abOrder(candidates(), validation, ev, 3);
        }
        List<Double> xs = order.stream().map(e -> e.candidate().params().getDouble("x")).toList();
        assertThat(xs).containsExactly(7.0, 8.0, 9.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0, 0.0);
        assertThat(order.subList(0, 3)).allSatisfy(e -> assertThat(e.validation()).isNotNull());
        assertThat(order.subList(3, 10)).allSatisfy(e -> assertThat(e.validation()).isNull());
    }

    @Test
    void rerankKeepsTheTopTwoNValidatesTheTopNAndSortsByFinalFitness() {
        // Validation scores x = 9..5 as 0..4: the validated ones fall below the unvalidated 4..0.
        Target validation = Targets.of(SPACE, p -> p.getDouble("x") - 9);
        List<HybridEntry> top;
        try (Evaluator ev = Evaluator.sequential()) {
            top = Hybrid.rerank(candidates(), validation, ev, 3);
        }
        assertThat(top).hasSize(6);
        assertThat(top.stream().map(HybridEntry::finalFitness).toList())
                .containsExactly(6.0, 5.0, 4.0, 0.0, -1.0, -2.0);
        assertThat(top.get(3).toMap()).containsEntry("search_fitness", 9.0).containsEntry("validation_fitness", 0.0)
                .containsEntry("final_fitness", 0.0);
        assertThat(top.get(0).toMap()).doesNotContainKey("validation_fitness");
    }

    @Test
    void aFailedValidationSinksToTheBottom() {
        Target validation = new Target() {
            @Override
            public ParamSpace space() {
                return SPACE;
            }

            @Override
            public EvalResult evaluate(Params p) {
                if (p.getDouble("x") == 9.0) {
                    throw new IllegalStateException("validator down");
                }
                return EvalResult.of(100 + p.getDouble("x"));
            }
        };
        List<HybridEntry> top;
        try (Evaluator ev = Evaluator.sequential()) {
            top = Hybrid.rerank(candidates(), validation, ev, 2);
        }
        assertThat(top.get(0).candidate().params().getDouble("x")).isEqualTo(8.0);
        HybridEntry last = top.get(top.size() - 1);
        assertThat(last.candidate().params().getDouble("x")).isEqualTo(9.0);
        assertThat(last.finalFitness()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(last.toMap().get("validation_fitness")).isNull();
    }

    @Test
    void pipelineRunsTheHybridStepUnderItsOwnPhase() {
        AuditTrail trail = AuditTrail.of();
        PipelineTargets targets = PipelineTargets.of(trail.wrap(Quad12.train(), "train"))
                .withValidation(trail.wrap(Quad12.test(), "validation"));
        PipelineResult r;
        try (Evaluator ev = Evaluator.sequential()) {
            r = new Pipeline(PipelineConfig.builder().walkForwardTopN(4).build(), ev).run(targets);
        }
        assertThat(r.hybridTop()).hasSize(8);
        assertThat(r.hybridTop().stream().filter(e -> e.validation() != null)).hasSize(4);
        List<Double> finals = r.hybridTop().stream().map(HybridEntry::finalFitness).toList();
        assertThat(finals).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        List<AuditRecord> hybrid = trail.records().stream().filter(x -> x.phase().equals("hybrid")).toList();
        assertThat(hybrid).hasSize(4).allSatisfy(x -> assertThat(x.targetRole()).isEqualTo("validation"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> artifact = (List<Map<String, Object>>) r.toMap().get("hybrid_top");
        assertThat(artifact).hasSize(8);
        assertThat(artifact.get(0)).containsKeys("params", "search_fitness", "search_n_trials", "final_fitness");
    }
}
