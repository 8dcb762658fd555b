package io.omegalock.pipeline;

import io.omegalock.space.Params;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pool sample the selection-aware gate scores on test besides the top N
 * ({@link io.omegalock.gate.TransferSample}).
 *
 * @param poolSize the successful search candidates the sample was drawn from
 * @param ranks    the sampled train ranks, 0-based (0 is the train best)
 * @param train    the sampled candidates' train fitness
 * @param test     their test fitness (NaN where the evaluation failed)
 * @param params   their params
 * @param failures test evaluations that failed
 */
public record WalkForwardSample(int poolSize, int[] ranks, double[] train, double[] test, List<Params> params,
                                int failures) {

    /** Copies the params list. */
    public WalkForwardSample {
        params = List.copyOf(params);
    }

    /** @return the artifact block {@code pool_size, ranks, train_fitnesses, test_fitnesses, params, test_failures} */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pool_size", poolSize);
        List<Object> r = new ArrayList<>();
        for (int x : ranks) {
            r.add(x);
        }
        m.put("ranks", r);
        m.put("train_fitnesses", WalkForwardResult.list(train));
        m.put("test_fitnesses", WalkForwardResult.list(test));
        List<Object> ps = new ArrayList<>();
        for (Params p : params) {
            ps.add(p.asMap());
        }
        m.put("params", ps);
        m.put("test_failures", failures);
        return m;
    }
}
