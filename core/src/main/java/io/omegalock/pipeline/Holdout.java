package io.omegalock.pipeline;

import io.omegalock.eval.Evaluation;
import io.omegalock.eval.Evaluator;
import io.omegalock.search.Candidate;
import io.omegalock.target.Target;
import java.util.ArrayList;
import java.util.List;

/** The single evaluation on a slice no selection step ever consulted, and its optional gate. */
final class Holdout {
    private Holdout() {
    }

    static HoldoutResult evaluate(Target holdout, Evaluator evaluator, Candidate selected, WalkForwardResult wf,
                                  PipelineConfig config) {
        Evaluation ho = evaluator.evaluate(holdout, selected.params());
        double trainFit = selected.fitness();
        Double testFit = wf != null && wf.topN() > 0 ? wf.testFitnesses()[0] : null;
        Double ratio = selected.nTrials() > 0 ? (double) ho.nTrials() / selected.nTrials() : null;
        Double vsTrain = ho.ok() ? ho.fitness() - trainFit : null;
        Double vsTest = ho.ok() && testFit != null ? ho.fitness() - testFit : null;
        List<String> reasons = new ArrayList<>();
        String gate;
        if (config.holdoutMode() == HoldoutMode.GATE) {
            if (!ho.ok()) {
                reasons.add("holdout evaluation failed: " + ho.failure());
            }
            Double minFit = config.holdoutMinFitness();
            if (ho.ok() && minFit != null && ho.fitness() < minFit) {
                reasons.add("fitness " + g6(ho.fitness()) + " < min " + g6(minFit));
            }
            Double minRatio = config.holdoutMinTradeRatio();
            if (minRatio != null && ratio != null && ratio < minRatio) {
                reasons.add("trade_ratio_vs_train " + g6(ratio) + " < min " + g6(minRatio));
            }
            gate = reasons.isEmpty() ? "PASS" : "FAIL";
        } else {
            gate = "EVIDENCE_ONLY";
        }
        return new HoldoutResult(ho.fitness(), ho.nTrials(), selected.params(), vsTrain, vsTest, ratio,
                config.holdoutMode(), gate, reasons, ho.failure());
    }

    /** Python's {@code :.6g}, near enough for a reason string. */
    private static String g6(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            return s;
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
