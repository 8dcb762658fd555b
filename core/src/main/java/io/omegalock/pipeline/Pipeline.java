package io.omegalock.pipeline;

import io.omegalock.TargetFailureException;
import io.omegalock.eval.Evaluation;
import io.omegalock.eval.Evaluator;
import io.omegalock.gate.GateReport;
import io.omegalock.gate.GateStatus;
import io.omegalock.gate.Gates;
import io.omegalock.gate.SampledTransfer;
import io.omegalock.gate.Thresholds;
import io.omegalock.gate.TransferGates;
import io.omegalock.gate.TransferTest;
import io.omegalock.gate.WinnerRank;
import io.omegalock.gate.Sc2;
import io.omegalock.search.Candidate;
import io.omegalock.search.RandomSearch;
import io.omegalock.search.SearchContext;
import io.omegalock.search.Selection;
import io.omegalock.space.Params;
import io.omegalock.stress.Stress;
import io.omegalock.stress.StressResult;
import io.omegalock.stress.Unlock;
import io.omegalock.target.Phase;
import io.omegalock.target.PhaseAware;
import io.omegalock.target.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calibration audit pipeline (P1; P2 is the same pipeline with a TPE strategy): baseline,
 * stress and KC-2, unlock the top-K, search, select under the constraint policy, walk-forward
 * and KC-4, hybrid re-scoring, SC-2, KC-1 and KC-3, then the holdout. Gates are soft: a
 * failing run still returns a complete result saying why.
 */
public final class Pipeline {
    private final PipelineConfig config;
    private final Evaluator evaluator;

    /**
     * @param config    the validated config
     * @param evaluator the evaluation engine (its thread count never changes the result)
     */
    public Pipeline(PipelineConfig config, Evaluator evaluator) {
        this.config = config;
        this.evaluator = evaluator;
    }

    /**
     * Runs from the neutral defaults, stressing every parameter.
     *
     * @param targets the slices
     * @return the result
     * @throws TargetFailureException when the baseline evaluation fails
     */
    public PipelineResult run(PipelineTargets targets) {
        return run(targets, targets.train().space().neutral(), targets.train().space().names());
    }

    /**
     * @param targets the slices
     * @param base    the base params (locked parameters keep these values)
     * @param subset  the parameters to stress, in order
     * @return the result
     * @throws TargetFailureException when the baseline evaluation fails
     */
    public PipelineResult run(PipelineTargets targets, Params base, List<String> subset) {
        long t0 = System.nanoTime();
        Target train = targets.train();
        enter(train, Phase.BASELINE);
        Evaluation baseline = evaluator.evaluate(train, base);
        if (!baseline.ok()) {
            throw new TargetFailureException("baseline evaluation failed (every later number is relative to it): "
                    + baseline.failure());
        }
        enter(train, Phase.STRESS);
        List<StressResult> stress = Stress.measure(train, evaluator, base, baseline, subset, config.epsilons());
        double[] raw = new double[stress.size()];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = stress.get(i).rawStress();
        }
        List<GateReport> reports = new ArrayList<>();
        GateReport kc2 = Gates.kc2(raw, config.thresholds());
        reports.add(kc2);
        if (kc2.failed()) {
            return new PipelineResult("FAIL:KC-2", seconds(t0), config, baseline, stress, List.of(), List.of(),
                    List.of(), null, null, null, false, null, null, null, reports);
        }
        List<String> topK = Unlock.topK(stress, config.unlockK(), config.excludeOfiInUnlock());
        List<String> topKExOfi = Unlock.topK(stress, config.unlockK(), true);

        enter(train, Phase.GRID);
        List<Candidate> candidates = config.search().search(new SearchContext(train, evaluator, base, topK));
        Selection.Best best = Selection.best(candidates, Feasibility::feasible);
        Candidate bestAny = best.any();
        Candidate bestFeasible = best.passing();
        Candidate selected = bestAny;
        boolean violated = false;
        if (config.constraintPolicy() != ConstraintPolicy.RECORD) {
            violated = bestFeasible == null && bestAny != null;
            selected = violated ? bestAny : bestFeasible;
            if (violated && config.constraintPolicy() == ConstraintPolicy.HARD_FAIL) {
                reports.add(new GateReport("CONSTRAINTS", GateStatus.FAIL,
                        "every search candidate violated at least one declared constraint; selection fell back to "
                                + "the raw fitness maximum and constraint_policy='hard_fail' fails the run",
                        Map.of("n_candidates", candidates.size())));
            }
        }
        if (selected == null) {
            reports.add(new GateReport("SEARCH", GateStatus.FAIL,
                    "no search candidate evaluated successfully (" + candidates.size() + " failed)",
                    Map.of("n_candidates", candidates.size())));
        }

        WalkForwardResult wf = null;
        if (targets.test() != null && selected != null) {
            enter(targets.test(), Phase.WALK_FORWARD);
            EvidenceGates ev = config.evidence();
            wf = WalkForward.run(candidates, targets.test(), evaluator, config.walkForwardTopN(),
                    config.tradeRatioScale(), ev.sample());
            reports.addAll(walkForwardGates(wf, ev, config.thresholds()));
            if (ev.winnerRank()) {
                reports.add(WinnerRank.evaluate(wf.trainFitnesses(), wf.testFitnesses()));
            }
        }
        if (selected != null) {
            reports.addAll(EvidenceReports.overCandidates(config.evidence(), candidates, selected));
        }
        List<HybridEntry> hybrid = null;
        if (targets.validation() != null && selected != null) {
            enter(targets.validation(), Phase.HYBRID);
            hybrid = Hybrid.rerank(candidates, targets.validation(), evaluator, config.walkForwardTopN());
        }
        if (config.sc2Enabled() && selected != null) {
            enter(train, Phase.SC2);
            List<Candidate> random = new RandomSearch(candidates.size(), config.sc2Seed())
                    .search(new SearchContext(train, evaluator, base, topK));
            reports.add(Sc2.report(fitnesses(candidates), fitnesses(random)));
        }
        reports.add(Gates.kc1(seconds(t0), config.thresholds()));
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("baseline", baseline.nTrials());
        if (selected != null) {
            counts.put("train_best", selected.nTrials());
        }
        if (wf != null) {
            counts.put("test_best", wf.testBestTrades());
        }
        reports.add(Gates.kc3(counts, config.thresholds()));
        String status = status(reports);

        HoldoutResult holdout = null;
        if (targets.holdout() != null && selected != null) {
            enter(targets.holdout(), Phase.HOLDOUT);
            holdout = Holdout.evaluate(targets.holdout(), evaluator, selected, wf, config);
            if ("FAIL".equals(holdout.gateStatus())) {
                status = "PASS".equals(status) ? "FAIL:HOLDOUT" : status + ",HOLDOUT";
            }
        }
        return new PipelineResult(status, seconds(t0), config, baseline, stress, topK, topKExOfi, candidates,
                selected, bestAny, bestFeasible, violated, wf, hybrid, holdout, reports);
    }

    /**
     * KC-4 under the configured rule, then, when a pool sample was scored but another rule decides,
     * the sample gate as the advisory {@code KC-4-SAMPLE} report.
     */
    private static List<GateReport> walkForwardGates(WalkForwardResult wf, EvidenceGates ev, Thresholds t) {
        WalkForwardSample s = wf.sample();
        GateReport sampled = s == null ? null : SampledTransfer.evaluate(wf.trainFitnesses(), wf.testFitnesses(),
                s.train(), s.test(), wf.tradeRatioScaled(), t, ev.alpha(), ev.seed());
        if (ev.transferTest() == TransferTest.SAMPLE) {
            return List.of(sampled);
        }
        GateReport kc4 = TransferGates.evaluate(ev.transferTest(), wf.trainFitnesses(), wf.testFitnesses(),
                wf.tradeRatioScaled(), t, ev.alpha(), ev.seed());
        return sampled == null ? List.of(kc4) : List.of(kc4, SampledTransfer.advise(kc4, sampled, t.pearsonMin()));
    }

    static void enter(Target t, Phase phase) {
        if (t instanceof PhaseAware pa) {
            pa.enterPhase(phase);
        }
    }

    private static String status(List<GateReport> reports) {
        List<String> failed = new ArrayList<>();
        for (GateReport r : reports) {
            if (r.failed()) {
                failed.add(r.name());
            }
        }
        return failed.isEmpty() ? "PASS" : "FAIL:" + String.join(",", failed);
    }

    private static double[] fitnesses(List<Candidate> candidates) {
        return candidates.stream().filter(Candidate::ok).mapToDouble(Candidate::fitness).toArray();
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
