package io.omegalock.bench;

import io.omegalock.eval.Evaluator;
import io.omegalock.search.Candidate;
import io.omegalock.search.SearchContext;
import io.omegalock.search.SearchStrategy;
import io.omegalock.search.Selection;
import io.omegalock.space.FloatParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.target.Target;
import io.omegalock.target.Targets;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark problem of the TPE issue: maximize minus the Rosenbrock function,
 * {@code -sum_i [100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2]}, over {@code x in [-2, 2]^d}
 * (optimum 0 at {@code x = (1, ..., 1)}).
 */
public final class Rosenbrock {
    private final ParamSpace space;
    private final Target target;
    private final List<String> names;

    /** @param dims number of variables, {@code >= 2} */
    public Rosenbrock(int dims) {
        List<FloatParam> specs = new ArrayList<>();
        for (int i = 0; i < dims; i++) {
            specs.add(FloatParam.of("x" + i, -2, 2, 0));
        }
        space = ParamSpace.of(specs);
        names = space.names();
        target = Targets.of(space, p -> {
            double sum = 0;
            for (int i = 0; i + 1 < dims; i++) {
                double xi = (Double) p.get(i);
                double next = (Double) p.get(i + 1);
                sum += 100 * (next - xi * xi) * (next - xi * xi) + (1 - xi) * (1 - xi);
            }
            return -sum;
        });
    }

    /**
     * @param strategy the search
     * @return every candidate the search evaluated, on one thread
     */
    public List<Candidate> run(SearchStrategy strategy) {
        try (Evaluator evaluator = Evaluator.sequential()) {
            return strategy.search(new SearchContext(target, evaluator, space.neutral(), names));
        }
    }

    /**
     * @param strategy the search
     * @return the best fitness it found
     */
    public double best(SearchStrategy strategy) {
        return Selection.bestOf(run(strategy)).fitness();
    }
}
