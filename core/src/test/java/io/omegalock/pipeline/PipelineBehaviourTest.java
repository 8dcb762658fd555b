package io.omegalock.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.Constraint;
import io.omegalock.demo.Quad12;
import io.omegalock.eval.Evaluator;
import io.omegalock.gate.GateReport;
import io.omegalock.gate.Thresholds;
import io.omegalock.search.Candidate;
import io.omegalock.search.GridSearch;
import io.omegalock.search.SearchContext;
import io.omegalock.search.ZoomingGridSearch;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.target.Target;
import io.omegalock.target.Targets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SPEC §4 and §7 behaviours the reference fixtures do not reach: policies, holdout gate, zoom, stops. */
class PipelineBehaviourTest {

    private static PipelineResult run(PipelineConfig c, PipelineTargets t) {
        try (Evaluator ev = Evaluator.sequential()) {
            return new Pipeline(c, ev).run(t);
        }
    }

    /** quad12 with a constraint no grid candidate can meet (p0 > 100). */
    private static PipelineTargets impossible() {
        AuditTrail trail = AuditTrail.of(Constraint.of("never", "p0 above its bound", (p, r) -> p.getDouble("p0") > 100));
        return PipelineTargets.of(trail.wrap(Quad12.train(), "train"));
    }

    @Test
    void preferFeasibleFallsBackToTheRawBestAndSaysSo() {
        PipelineResult r = run(PipelineConfig.builder().constraintPolicy(ConstraintPolicy.PREFER_FEASIBLE).build(),
                impossible());
        assertThat(r.constraintsViolated()).isTrue();
        assertThat(r.bestFeasible()).isNull();
        assertThat(r.selected()).isSameAs(r.bestAny());
        assertThat(r.report("CONSTRAINTS")).isNull();
        assertThat(r.toMap()).containsEntry("constraints_violated", true);
    }

    @Test
    void hardFailAddsAFailingConstraintsReportAfterKc2() {
        PipelineResult r = run(PipelineConfig.builder().constraintPolicy(ConstraintPolicy.HARD_FAIL).build(),
                impossible());
        assertThat(r.reports()).extracting(GateReport::name).startsWith("KC-2", "CONSTRAINTS");
        assertThat(r.status()).startsWith("FAIL:CONSTRAINTS");
        assertThat(r.report("CONSTRAINTS").detail()).containsEntry("n_candidates", 125);
    }

    @Test
    void recordPolicyIgnoresConstraintsInSelection() {
        PipelineResult r = run(PipelineConfig.builder().build(), impossible());
        assertThat(r.constraintsViolated()).isFalse();
        assertThat(r.selected()).isSameAs(r.bestAny());
        assertThat(r.status()).isEqualTo("PASS");
    }

    @Test
    void holdoutGateFailsTheRunAndEvidenceOnlyNeverDoes() {
        PipelineTargets t = PipelineTargets.of(Quad12.train()).withTest(Quad12.test()).withHoldout(Quad12.holdout());
        PipelineResult gated = run(PipelineConfig.builder().holdoutMode(HoldoutMode.GATE).holdoutMinFitness(0.0)
                .build(), t);
        assertThat(gated.status()).isEqualTo("FAIL:HOLDOUT");
        assertThat(gated.holdout().gateStatus()).isEqualTo("FAIL");
        assertThat(gated.holdout().failedReasons()).singleElement().asString().startsWith("fitness -7.6655 < min 0");

        PipelineResult passing = run(PipelineConfig.builder().holdoutMode(HoldoutMode.GATE).holdoutMinFitness(-100.0)
                .holdoutMinTradeRatio(0.9).build(), t);
        assertThat(passing.status()).isEqualTo("PASS");
        assertThat(passing.holdout().gateStatus()).isEqualTo("PASS");

        PipelineResult alreadyFailing = run(PipelineConfig.builder().holdoutMode(HoldoutMode.GATE)
                .holdoutMinFitness(0.0).thresholds(Thresholds.defaults().withTradeCountMin(1000)).build(), t);
        assertThat(alreadyFailing.status()).isEqualTo("FAIL:KC-3,HOLDOUT");

        PipelineResult evidence = run(PipelineConfig.builder().holdoutMinFitness(null).build(), t);
        assertThat(evidence.holdout().gateStatus()).isEqualTo("EVIDENCE_ONLY");
        assertThat(evidence.status()).isEqualTo("PASS");
    }

    @Test
    void kc2FailureStopsBeforeTheSearch() {
        // Every parameter matters equally: no differentiation, so KC-2 fails and nothing is searched.
        ParamSpace space = ParamSpace.of(FloatParam.of("a", -1, 1, 0), FloatParam.of("b", -1, 1, 0),
                FloatParam.of("c", -1, 1, 0));
        Target flat = Targets.of(space, p -> -(p.getDouble("a") * p.getDouble("a") + p.getDouble("b") * p.getDouble("b")
                + p.getDouble("c") * p.getDouble("c")));
        PipelineResult r = run(PipelineConfig.builder().build(), PipelineTargets.of(flat).withTest(flat));
        assertThat(r.status()).isEqualTo("FAIL:KC-2");
        assertThat(r.candidates()).isEmpty();
        assertThat(r.walkForward()).isNull();
        assertThat(r.reports()).extracting(GateReport::name).containsExactly("KC-2");
    }

    @Test
    void zoomingGridNarrowsAroundEachRoundsWinner() {
        ParamSpace space = ParamSpace.of(FloatParam.of("x", -10, 10, 0));
        Target peak = Targets.of(space, p -> -Math.abs(p.getDouble("x") - 3.3));
        List<Candidate> all;
        try (Evaluator ev = Evaluator.sequential()) {
            all = new ZoomingGridSearch(5, 3, 0.5).search(new SearchContext(peak, ev, space.neutral(), List.of("x")));
        }
        List<Double> xs = all.stream().map(c -> c.params().getDouble("x")).toList();
        // Round 0 spans [-10, 10]; its winner 5.0 gives [0, 10]; that round's winner 2.5 gives [0, 5].
        assertThat(xs).containsExactly(-10.0, -5.0, 0.0, 5.0, 10.0, 0.0, 2.5, 5.0, 7.5, 10.0, 0.0, 1.25, 2.5, 3.75, 5.0);
        assertThat(all).extracting(Candidate::idx).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    }

    @Test
    void zoomingIntAxisWidensRatherThanCollapsingToOnePoint() {
        ParamSpace space = ParamSpace.of(IntParam.of("n", 0, 100, 50));
        Target peak = Targets.of(space, p -> -Math.abs(p.getLong("n") - 100));
        List<Candidate> all;
        try (Evaluator ev = Evaluator.sequential()) {
            all = new ZoomingGridSearch(3, 8, 0.1).search(new SearchContext(peak, ev, space.neutral(), List.of("n")));
        }
        // At the upper bound, a range that would collapse to [100, 100] widens one step down.
        List<Long> last = all.subList(all.size() - 2, all.size()).stream().map(c -> c.params().getLong("n")).toList();
        assertThat(last).containsExactly(99L, 100L);
    }

    @Test
    void iterativeStopsForTooFewParamsAndForNoImprovement() {
        PipelineConfig round = PipelineConfig.builder().unlockK(4).search(new GridSearch(3)).build();
        PipelineTargets t = PipelineTargets.of(Quad12.train());
        IterativeResult fewParams;
        IterativeResult noGain;
        try (Evaluator ev = Evaluator.sequential()) {
            fewParams = new IterativePipeline(new IterativeConfig(round, 5, 0.0, false), ev).run(t);
            noGain = new IterativePipeline(new IterativeConfig(round, 5, 1e9, false), ev).run(t);
        }
        // 10 params, 4 per round: two rounds lock 8, the third finds only 2 left.
        assertThat(fewParams.stopReason()).isEqualTo("too_few_params");
        assertThat(fewParams.rounds()).hasSize(2);
        assertThat(fewParams.lockedInOrder()).hasSize(2).allSatisfy(l -> assertThat(l).hasSize(4));
        // An impossible minimum improvement stops after round one, which is still locked in.
        assertThat(noGain.stopReason()).isEqualTo("no_improvement");
        assertThat(noGain.rounds()).hasSize(1);
        assertThat(noGain.lockedInOrder()).hasSize(1);
        assertThat(noGain.finalBaseline()).isNotEqualTo(Quad12.space().neutral());
    }
}
