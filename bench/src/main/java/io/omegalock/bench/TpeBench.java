package io.omegalock.bench;

import io.omegalock.search.Candidate;
import io.omegalock.search.TpeSearch;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 1000-trial TPE search on the 2-D Rosenbrock problem, target evaluations included (they
 * cost next to nothing, so this is the sampler's own cost). The target: at most 0.3 s;
 * Optuna 3.1.0 takes 6.0 s.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar TpeBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TpeBench {
    private final Rosenbrock problem = new Rosenbrock(2);

    /** The density mode. */
    @Param({"MULTIVARIATE", "UNIVARIATE"})
    public TpeSearch.Mode mode;

    /** @return the candidates, so the search cannot be optimized away */
    @Benchmark
    public List<Candidate> thousandTrials2d() {
        return problem.run(new TpeSearch(1000, 42, mode));
    }
}
