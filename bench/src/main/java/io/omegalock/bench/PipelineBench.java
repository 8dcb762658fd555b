package io.omegalock.bench;

import io.omegalock.eval.Evaluator;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.search.Candidate;
import io.omegalock.search.GridSearch;
import java.util.Arrays;
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
 * The headline scenario: a full P1 run over twelve float parameters, unlock K 3, a
 * 40-point grid per axis (64,000 candidates) and walk-forward of the top 10 on the test
 * slice. The target costs nanoseconds, so this times the framework itself.
 *
 * <p>A run allocates about 13.6 MB. With the JVM's default heap on a large machine, eden is so
 * big that most runs write into never-touched pages and pay the kernel's first-touch page
 * faults, which doubles the time and makes it bimodal (fast after a GC recycled eden, slow
 * otherwise). A fixed, pre-touched heap measures the steady state of a long-lived process;
 * {@code bench/run pipeline64k -- -jvmArgsAppend -XX:+UseG1GC} (command-line options replace the
 * annotation's) shows the default-heap behaviour.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class PipelineBench {
    /** Candidates the grid must evaluate: 40^3. */
    static final int GRID_CANDIDATES = 64_000;

    private PipelineTargets targets;
    private PipelineConfig config;
    private Evaluator sequential;
    private Evaluator parallel2;

    /** Builds the scenario and refuses to time a run that would not reach the grid. */
    @Setup
    public void setUp() {
        targets = PipelineTargets.of(Scenarios.quad12d(0.0)).withTest(Scenarios.quad12d(0.1));
        config = PipelineConfig.builder().unlockK(3).search(new GridSearch(40)).walkForwardTopN(10).build();
        sequential = Evaluator.sequential();
        parallel2 = Evaluator.parallel(2);
        PipelineResult one = check(new Pipeline(config, sequential).run(targets));
        PipelineResult two = check(new Pipeline(config, parallel2).run(targets));
        if (!one.status().equals(two.status())
                || !one.selected().params().equals(two.selected().params())
                || !Arrays.equals(fitnesses(one), fitnesses(two))
                || !Arrays.equals(one.walkForward().testFitnesses(), two.walkForward().testFitnesses())) {
            throw new IllegalStateException("1 and 2 threads gave different results");
        }
    }

    /** Closes the parallel engine's pool. */
    @TearDown
    public void tearDown() {
        parallel2.close();
    }

    /** @return the full run on the calling thread */
    @Benchmark
    public PipelineResult pipeline64k() {
        return new Pipeline(config, sequential).run(targets);
    }

    /** @return the same run evaluated on two worker threads */
    @Benchmark
    public PipelineResult pipeline64kParallel2() {
        return new Pipeline(config, parallel2).run(targets);
    }

    private static double[] fitnesses(PipelineResult r) {
        return r.candidates().stream().mapToDouble(Candidate::fitness).toArray();
    }

    private static PipelineResult check(PipelineResult r) {
        if (r.status().contains("KC-2")) {
            throw new IllegalStateException("scenario stopped at KC-2, the grid never ran: " + r.status());
        }
        if (r.candidates().size() != GRID_CANDIDATES) {
            throw new IllegalStateException("expected " + GRID_CANDIDATES + " grid candidates, got "
                    + r.candidates().size());
        }
        if (r.walkForward() == null) {
            throw new IllegalStateException("walk-forward did not run");
        }
        return r;
    }
}
