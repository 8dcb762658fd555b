package io.omegalock.demo;

import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.Constraint;
import io.omegalock.eval.Evaluator;
import io.omegalock.gate.GateReport;
import io.omegalock.gate.Gates;
import io.omegalock.gate.Thresholds;
import io.omegalock.pipeline.ConstraintPolicy;
import io.omegalock.pipeline.Feasibility;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.pipeline.WalkForward;
import io.omegalock.pipeline.WalkForwardResult;
import io.omegalock.search.Candidate;
import io.omegalock.search.GridSearch;
import io.omegalock.space.Params;
import java.util.ArrayList;
import java.util.List;

/**
 * The walk-forward case study behind {@code omega-lock demo}: a seeded search whose lucky-noise
 * winner out-scores the true optimum on train, collapses on holdout and is stamped FAIL:KC-4,
 * while the constraint-gated best feasible holds up. Every number is computed, none typed in.
 */
public final class CaseStudy {
    private CaseStudy() {
    }

    /**
     * One scored pick.
     *
     * @param params  the full params
     * @param train   train fitness
     * @param test    test fitness
     * @param holdout holdout fitness
     */
    public record Pick(Params params, double train, double test, double holdout) {
        /** @return the holdout change relative to train, in percent */
        public double gapPercent() {
            return train == 0 ? 0.0 : 100.0 * (holdout - train) / Math.abs(train);
        }
    }

    /**
     * What the case study found.
     *
     * @param pipeline          the pipeline run (unlock 2, grid 21, top 10, pure objective, prefer feasible)
     * @param bestAny           the naive pick: highest train fitness, constraints ignored
     * @param bestFeasible      the pick under the declared envelope constraint
     * @param feasibleCount     grid candidates inside the envelope
     * @param feasibleWalkForward walk-forward over the feasible candidates only
     * @param feasibleKc4       KC-4 over that walk-forward
     */
    public record Outcome(PipelineResult pipeline, Pick bestAny, Pick bestFeasible, int feasibleCount,
                          WalkForwardResult feasibleWalkForward, GateReport feasibleKc4) {
    }

    /**
     * @param evaluator the evaluation engine
     * @return the outcome; deterministic for any thread count
     */
    public static Outcome run(Evaluator evaluator) {
        AuditTrail trail = AuditTrail.of(Constraint.of(WalkForwardSystem.RATED_ENVELOPE_NAME,
                WalkForwardSystem.RATED_ENVELOPE_DESCRIPTION, (p, r) -> WalkForwardSystem.withinRatedEnvelope(p)));
        PipelineConfig config = PipelineConfig.builder().unlockK(2).search(new GridSearch(21)).walkForwardTopN(10)
                .thresholds(Thresholds.pureObjective()).constraintPolicy(ConstraintPolicy.PREFER_FEASIBLE).build();
        PipelineTargets targets = PipelineTargets.of(trail.wrap(WalkForwardSystem.train(), "train"))
                .withTest(WalkForwardSystem.test()).withHoldout(WalkForwardSystem.holdout());
        PipelineResult result = new Pipeline(config, evaluator).run(targets);

        Candidate any = result.bestAny();
        Pick bestAny = new Pick(any.params(), any.fitness(),
                evaluator.evaluate(WalkForwardSystem.test(), any.params()).fitness(),
                evaluator.evaluate(WalkForwardSystem.holdout(), any.params()).fitness());
        Candidate sel = result.selected();
        Pick bestFeasible = new Pick(sel.params(), sel.fitness(), result.walkForward() == null ? Double.NaN
                : evaluator.evaluate(WalkForwardSystem.test(), sel.params()).fitness(), result.holdout().fitness());

        List<Candidate> feasible = new ArrayList<>();
        for (Candidate c : result.candidates()) {
            if (Feasibility.feasible(c)) {
                feasible.add(c);
            }
        }
        WalkForwardResult wf = WalkForward.run(feasible, WalkForwardSystem.test(), evaluator,
                config.walkForwardTopN(), config.tradeRatioScale());
        GateReport kc4 = Gates.kc4(wf.trainFitnesses(), wf.testFitnesses(), wf.tradeRatioScaled(),
                config.thresholds());
        return new Outcome(result, bestAny, bestFeasible, feasible.size(), wf, kc4);
    }
}
