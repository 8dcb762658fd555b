package io.omegalock.benchmark;

import io.omegalock.BadInputException;
import io.omegalock.demo.GroundTruth;
import io.omegalock.demo.Keyhole;
import io.omegalock.demo.Phantom;
import io.omegalock.demo.PhantomDeep;
import io.omegalock.eval.Evaluator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A battery: every method on every seed of every keyhole. Runs go keyhole by keyhole, seed by
 * seed, method by method; each is scored against the keyhole's ground truth for that seed.
 *
 * @param keyholes the keyholes, unique names
 * @param seeds    the seeds, at least one
 * @param methods  the methods, unique names
 */
public record Benchmark(List<Keyhole> keyholes, List<Long> seeds, List<BenchmarkMethod> methods) {

    /** The seeds of the default battery. */
    public static final List<Long> DEFAULT_SEEDS = List.of(42L, 7L, 100L, 314L, 55L);

    /** @throws BadInputException when a list is empty or holds a duplicate name or null */
    public Benchmark {
        keyholes = List.copyOf(nonEmpty(keyholes, "keyholes"));
        seeds = List.copyOf(nonEmpty(seeds, "seeds"));
        methods = List.copyOf(nonEmpty(methods, "methods"));
        unique(keyholes.stream().map(Keyhole::name).toList(), "keyhole");
        unique(methods.stream().map(BenchmarkMethod::name).toList(), "method");
    }

    /**
     * @param keyholes the keyholes
     * @param seeds    the seeds
     * @param methods  the methods
     * @return the battery
     * @throws BadInputException when a list is empty or holds a duplicate name
     */
    public static Benchmark of(List<? extends Keyhole> keyholes, List<Long> seeds,
                               List<? extends BenchmarkMethod> methods) {
        return new Benchmark(keyholes == null ? null : List.copyOf(keyholes), seeds,
                methods == null ? null : List.copyOf(methods));
    }

    /**
     * Phantom and Phantom-deep, the given seeds, and {@link BenchmarkMethods#defaults()}.
     *
     * @param seeds the seeds, e.g. {@link #DEFAULT_SEEDS}
     * @return the battery
     * @throws BadInputException when seeds is empty
     */
    public static Benchmark defaultBattery(List<Long> seeds) {
        return of(List.of(Phantom.keyhole(), PhantomDeep.keyhole()), seeds, BenchmarkMethods.defaults());
    }

    /** @return the report, evaluating on the calling thread */
    public BenchmarkReport run() {
        try (Evaluator evaluator = Evaluator.sequential()) {
            return run(evaluator);
        }
    }

    /**
     * @param evaluator the engine every method evaluates through (threads never change results)
     * @return one row per keyhole, seed and method, in that nesting order
     */
    public BenchmarkReport run(Evaluator evaluator) {
        List<BenchmarkRow> rows = new ArrayList<>();
        for (Keyhole keyhole : keyholes) {
            for (long seed : seeds) {
                GroundTruth truth = keyhole.groundTruth(seed);
                for (BenchmarkMethod method : methods) {
                    rows.add(runOne(keyhole, seed, truth, method, evaluator));
                }
            }
        }
        return new BenchmarkReport(this, rows);
    }

    private static BenchmarkRow runOne(Keyhole keyhole, long seed, GroundTruth truth, BenchmarkMethod method,
                                       Evaluator evaluator) {
        long t0 = System.nanoTime();
        MethodOutcome out;
        try {
            out = method.run(keyhole, seed, evaluator);
            if (out == null) {
                throw new IllegalStateException("method returned no outcome");
            }
        } catch (Exception e) {
            double wall = (System.nanoTime() - t0) / 1e9;
            return new BenchmarkRow(keyhole.name(), method.name(), seed, 0.0, 0.0, Double.POSITIVE_INFINITY,
                    Double.POSITIVE_INFINITY, new GeneralizationGap(0.0, GapStatus.NO_TEST), 0.0, wall, null,
                    "CRASH:" + e.getClass().getSimpleName(), 0, Double.NEGATIVE_INFINITY, null,
                    truth.optimumFitness(), Map.of(), List.of(), null, String.valueOf(e.getMessage()));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        List<String> ranking = out.stressRanking();
        return new BenchmarkRow(keyhole.name(), method.name(), seed,
                Metrics.recall(out.unlocked(), truth.effectiveParams()),
                Metrics.precision(out.unlocked(), truth.effectiveParams()),
                Metrics.paramL2Error(out.foundParams(), truth.optimumParams(), keyhole.space()),
                Metrics.fitnessGapPct(out.foundFitness(), truth.optimumFitness()),
                Metrics.generalizationGap(out.foundFitness(), out.testFitness()),
                Metrics.sampleEfficiency(out.foundFitness(), out.nEvaluations()), wall,
                ranking == null || ranking.isEmpty() ? null : Metrics.spearman(ranking, truth.importanceRanking()),
                out.status(), out.nEvaluations(), out.foundFitness(), out.testFitness(), truth.optimumFitness(),
                out.foundParams(), out.unlocked(), ranking, null);
    }

    private static <T> List<T> nonEmpty(List<T> list, String what) {
        if (list == null || list.isEmpty()) {
            throw new BadInputException("a benchmark needs at least one of " + what);
        }
        for (T t : list) {
            if (t == null) {
                throw new BadInputException("benchmark " + what + " must not contain null");
            }
        }
        return list;
    }

    private static void unique(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new BadInputException("duplicate benchmark " + what + " name '" + n + "'");
            }
        }
    }
}
