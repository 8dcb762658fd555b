package io.omegalock.pipeline;

import io.omegalock.gate.Pearson;
import io.omegalock.space.Params;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The train top-N re-evaluated once each on the test target.
 *
 * @param trainFitnesses      train fitness of the top-N, best first
 * @param testFitnesses       test fitness of the same candidates (NaN where the evaluation failed)
 * @param testNTrials         test action counts
 * @param pearson             Pearson(train, test) with status
 * @param trainBestTradesMean mean train action count of the top-N
 * @param testBestTrades      test action count of the train-best candidate
 * @param testBestFitness     test fitness of the train-best candidate (same evaluation)
 * @param testBestParams      params of the train-best candidate
 * @param tradeRatioScaled    testBestTrades / (trainBestTradesMean * scale), 0 when undefined
 * @param testFailures        test evaluations that failed
 * @param sample              the pool sample scored on test as well, or null (none configured)
 */
public record WalkForwardResult(double[] trainFitnesses, double[] testFitnesses, long[] testNTrials,
                                Pearson pearson, double trainBestTradesMean, long testBestTrades,
                                double testBestFitness, Params testBestParams, double tradeRatioScaled,
                                int testFailures, WalkForwardSample sample) {

    /** @return the number of candidates re-evaluated */
    public int topN() {
        return trainFitnesses.length;
    }

    /** @return the reference's {@code walk_forward} artifact block (plus status fields) */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("top_n", topN());
        m.put("train_fitnesses", list(trainFitnesses));
        m.put("test_fitnesses", list(testFitnesses));
        List<Object> trials = new ArrayList<>();
        for (long t : testNTrials) {
            trials.add(t);
        }
        m.put("test_n_trials", trials);
        m.put("pearson", pearson.valueOrZero());
        m.put("pearson_status", pearson.status().name());
        m.put("pearson_computable", pearson.computable());
        m.put("train_best_trades_mean", trainBestTradesMean);
        m.put("test_best_trades", testBestTrades);
        m.put("test_best_fitness", testBestFitness);
        m.put("test_best_params", testBestParams.asMap());
        m.put("trade_ratio_scaled", tradeRatioScaled);
        m.put("test_failures", testFailures);
        if (sample != null) {
            m.put("sample", sample.toMap());
        }
        return m;
    }

    static List<Object> list(double[] v) {
        List<Object> out = new ArrayList<>(v.length);
        for (double d : v) {
            out.add(d);
        }
        return out;
    }
}
