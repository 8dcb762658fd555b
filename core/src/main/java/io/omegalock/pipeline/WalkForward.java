package io.omegalock.pipeline;

import io.omegalock.eval.Evaluation;
import io.omegalock.eval.Evaluator;
import io.omegalock.gate.Pearson;
import io.omegalock.gate.TransferSample;
import io.omegalock.search.Candidate;
import io.omegalock.search.Selection;
import io.omegalock.space.Params;
import io.omegalock.target.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Walk-forward: do train scores predict out-of-sample scores? Each of the train top-N (and, when
 * configured, each candidate of a pool sample) is evaluated exactly once on the test target, and the train-best's test fitness and action
 * count come from that same evaluation, so a noisy target cannot make them disagree.
 */
public final class WalkForward {
    private WalkForward() {
    }

    /**
     * @param candidates      train candidates (failed ones are ignored)
     * @param test            the test target
     * @param evaluator       the engine
     * @param topN            how many train-best candidates to re-evaluate, {@code >= 2}
     * @param tradeRatioScale slice-length correction of the action ratio, {@code > 0}
     * @return the result, or null when no train candidate succeeded
     */
    public static WalkForwardResult run(List<Candidate> candidates, Target test, Evaluator evaluator, int topN,
                                        double tradeRatioScale) {
        return run(candidates, test, evaluator, topN, tradeRatioScale, null);
    }

    /**
     * The walk-forward with a pool sample: the sampled candidates are scored on test in the same
     * batch as the top N (after them), so the thread count never changes which result is whose.
     *
     * @param candidates      train candidates (failed ones are ignored)
     * @param test            the test target
     * @param evaluator       the engine
     * @param topN            how many train-best candidates to re-evaluate, {@code >= 2}
     * @param tradeRatioScale slice-length correction of the action ratio, {@code > 0}
     * @param sample          which other candidates to score on test, or null for none
     * @return the result, or null when no train candidate succeeded
     */
    public static WalkForwardResult run(List<Candidate> candidates, Target test, Evaluator evaluator, int topN,
                                        double tradeRatioScale, TransferSample sample) {
        List<Candidate> pool = sample == null ? Selection.topN(candidates, topN) : Selection.rankedByFitness(candidates);
        List<Candidate> top = pool.subList(0, Math.min(topN, pool.size()));
        if (top.isEmpty()) {
            return null;
        }
        int[] ranks = sample == null ? new int[0] : sample.ranks(pool.size(), top.size());
        List<Params> params = new ArrayList<>(top.size() + ranks.length);
        for (Candidate c : top) {
            params.add(c.params());
        }
        for (int r : ranks) {
            params.add(pool.get(r).params());
        }
        List<Evaluation> results = evaluator.evaluate(test, params);
        int n = top.size();
        double[] train = new double[n];
        double[] testF = new double[n];
        long[] testTrials = new long[n];
        double trainTrades = 0;
        int failures = 0;
        for (int i = 0; i < n; i++) {
            train[i] = top.get(i).fitness();
            testF[i] = results.get(i).fitness();
            testTrials[i] = results.get(i).nTrials();
            trainTrades += top.get(i).nTrials();
            if (!results.get(i).ok()) {
                failures++;
            }
        }
        double trainMean = trainTrades / n;
        long testBestTrades = testTrials[0];
        double ratio = trainMean > 0 && tradeRatioScale > 0 ? testBestTrades / (trainMean * tradeRatioScale) : 0.0;
        return new WalkForwardResult(train, testF, testTrials, Pearson.of(train, testF), trainMean, testBestTrades,
                testF[0], top.get(0).params(), ratio, failures,
                sample == null ? null : sampled(pool, ranks, results.subList(n, results.size())));
    }

    private static WalkForwardSample sampled(List<Candidate> pool, int[] ranks, List<Evaluation> results) {
        double[] train = new double[ranks.length];
        double[] test = new double[ranks.length];
        List<Params> params = new ArrayList<>(ranks.length);
        int failures = 0;
        for (int i = 0; i < ranks.length; i++) {
            Candidate c = pool.get(ranks[i]);
            train[i] = c.fitness();
            test[i] = results.get(i).fitness();
            params.add(c.params());
            if (!results.get(i).ok()) {
                failures++;
            }
        }
        return new WalkForwardSample(pool.size(), ranks, train, test, params, failures);
    }
}
