package io.omegalock.bench;

import io.omegalock.eval.Evaluation;
import io.omegalock.eval.Evaluator;
import io.omegalock.space.Params;
import io.omegalock.target.Target;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parallel speedup on a target that dominates the cost: 500 candidates of a ~1 ms CPU-bound
 * target through {@link Evaluator#evaluate(Target, List)} with one and two threads. Each call
 * takes about half a second, so every iteration times one call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class BusyBench {
    /** Candidates per batch. */
    static final int CANDIDATES = 500;

    private Target target;
    private List<Params> batch;
    private Evaluator one;
    private Evaluator two;

    /** Builds the batch and checks that both thread counts give identical evaluations. */
    @Setup
    public void setUp() {
        target = Scenarios.busy(1.0);
        batch = Scenarios.busyBatch(CANDIDATES);
        one = Evaluator.sequential();
        two = Evaluator.parallel(2);
        requireIdentical(one.evaluate(target, batch), two.evaluate(target, batch));
    }

    /** Closes the parallel engine's pool. */
    @TearDown
    public void tearDown() {
        two.close();
    }

    /** @return the batch evaluated on the calling thread */
    @Benchmark
    public List<Evaluation> busy500Threads1() {
        return one.evaluate(target, batch);
    }

    /** @return the batch evaluated on two worker threads */
    @Benchmark
    public List<Evaluation> busy500Threads2() {
        return two.evaluate(target, batch);
    }

    /**
     * @throws IllegalStateException naming the first candidate whose params, fitness or
     *                               action count differ, or when a candidate failed
     */
    static void requireIdentical(List<Evaluation> a, List<Evaluation> b) {
        if (a.size() != b.size()) {
            throw new IllegalStateException("batch sizes differ: " + a.size() + " vs " + b.size());
        }
        for (int i = 0; i < a.size(); i++) {
            Evaluation x = a.get(i);
            Evaluation y = b.get(i);
            if (!x.ok() || !y.ok()) {
                throw new IllegalStateException("candidate " + i + " failed: " + x.failure() + " / " + y.failure());
            }
            if (!x.params().equals(y.params())
                    || Double.doubleToLongBits(x.fitness()) != Double.doubleToLongBits(y.fitness())
                    || x.nTrials() != y.nTrials()) {
                throw new IllegalStateException("candidate " + i + " differs between 1 and 2 threads: "
                        + x.fitness() + " vs " + y.fitness());
            }
        }
    }
}
