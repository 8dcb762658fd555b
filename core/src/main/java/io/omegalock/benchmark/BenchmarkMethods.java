package io.omegalock.benchmark;

import io.omegalock.BadInputException;
import io.omegalock.demo.Keyhole;
import io.omegalock.eval.Evaluator;
import io.omegalock.pipeline.IterativeConfig;
import io.omegalock.pipeline.IterativePipeline;
import io.omegalock.pipeline.IterativeResult;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.pipeline.WalkForwardResult;
import io.omegalock.search.Candidate;
import io.omegalock.search.GridSearch;
import io.omegalock.search.RandomSearch;
import io.omegalock.search.TpeSearch;
import io.omegalock.search.SearchStrategy;
import io.omegalock.search.ZoomingGridSearch;
import io.omegalock.space.Params;
import io.omegalock.stress.StressResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * The calibration methods the benchmark runs out of the box, and factories for more. Every
 * method runs the audit pipeline on the keyhole's train slice with its test slice for
 * walk-forward, default thresholds and the {@code record} policy; what differs is the search
 * and whether rounds iterate. A new search strategy is one more line in {@link #defaults()}.
 */
public final class BenchmarkMethods {
    /** Grid points per axis of the grid methods. */
    public static final int GRID_POINTS = 5;
    /**
     * Candidates of the random method: the plain grid's budget on the keyholes, whose unlocked
     * trios are two numeric axes and a bool (5 x 5 x 2).
     */
    public static final int RANDOM_SAMPLES = 50;
    /** Zoom rounds of the zooming grid. */
    public static final int ZOOM_ROUNDS = 3;
    /** Zoom factor of the zooming grid. */
    public static final double ZOOM_FACTOR = 0.5;
    /** Rounds of the iterative method. */
    public static final int ITERATIVE_ROUNDS = 3;
    /** The iterative method stops after a round that gains less than this (fitness units). */
    public static final double ITERATIVE_MIN_IMPROVEMENT = 0.5;

    private BenchmarkMethods() {
    }

    /**
     * The default method list: plain grid, zooming grid, iterative (coordinate descent over
     * plain-grid rounds, stopping after a round that gains less than
     * {@value #ITERATIVE_MIN_IMPROVEMENT}), and random search and TPE with the plain grid's budget
     * on the keyholes, seeded by the benchmark seed.
     *
     * @return the methods, in scorecard order
     */
    public static List<BenchmarkMethod> defaults() {
        return List.of(
                pipeline("plain_grid", seed -> new GridSearch(GRID_POINTS)),
                pipeline("zooming_grid", seed -> new ZoomingGridSearch(GRID_POINTS, ZOOM_ROUNDS, ZOOM_FACTOR)),
                iterative("iterative", new IterativeConfig(PipelineConfig.builder().build(), ITERATIVE_ROUNDS,
                        ITERATIVE_MIN_IMPROVEMENT, true)),
                pipeline("random", seed -> new RandomSearch(RANDOM_SAMPLES, seed)),
                pipeline("tpe", seed -> new TpeSearch(RANDOM_SAMPLES, seed)));
    }

    /**
     * One pipeline run with default settings and the given search.
     *
     * @param name   the method name
     * @param search the strategy for a benchmark seed (seeded strategies take the seed)
     * @return the method
     * @throws BadInputException when the name is blank or the search factory is null
     */
    public static BenchmarkMethod pipeline(String name, LongFunction<SearchStrategy> search) {
        return pipeline(name, PipelineConfig.builder().build(), search);
    }

    /**
     * One pipeline run.
     *
     * @param name   the method name
     * @param config the pipeline settings; the search is replaced by {@code search}'s
     * @param search the strategy for a benchmark seed
     * @return the method
     * @throws BadInputException when the name is blank or an argument is null
     */
    public static BenchmarkMethod pipeline(String name, PipelineConfig config, LongFunction<SearchStrategy> search) {
        return new PipelineMethod(requireName(name), Objects.requireNonNull(config, "config"),
                Objects.requireNonNull(search, "search"));
    }

    /**
     * The iterative loop (coordinate descent): each round stresses what is not yet locked.
     *
     * @param name   the method name
     * @param config the loop settings
     * @return the method
     * @throws BadInputException when the name is blank or the config null
     */
    public static BenchmarkMethod iterative(String name, IterativeConfig config) {
        return new IterativeMethod(requireName(name), Objects.requireNonNull(config, "config"));
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new BadInputException("a benchmark method needs a name");
        }
        return name;
    }

    /** @return every stressed parameter by raw stress, descending; ties keep measurement order */
    static List<String> ranking(List<StressResult> stress) {
        List<StressResult> sorted = new ArrayList<>(stress);
        sorted.sort(Comparator.comparingDouble(StressResult::rawStress).reversed());
        List<String> out = new ArrayList<>(sorted.size());
        for (StressResult s : sorted) {
            out.add(s.name());
        }
        return out;
    }

    private static Double testOf(WalkForwardResult wf) {
        return wf == null || !Double.isFinite(wf.testBestFitness()) ? null : wf.testBestFitness();
    }

    private record PipelineMethod(String name, PipelineConfig config, LongFunction<SearchStrategy> search)
            implements BenchmarkMethod {

        @Override
        public MethodOutcome run(Keyhole keyhole, long seed, Evaluator evaluator) {
            CountingTarget train = new CountingTarget(keyhole.train(seed));
            PipelineConfig cfg = config.toBuilder().search(search.apply(seed)).build();
            PipelineResult r = new Pipeline(cfg, evaluator).run(PipelineTargets.of(train).withTest(keyhole.test(seed)));
            Candidate pick = r.selected();
            if (pick == null) {
                // No search ran (KC-2 failed) or none succeeded: what ships is the baseline.
                return new MethodOutcome(Map.of(), r.baseline().fitness(), null, r.topK(), ranking(r.stress()),
                        r.status(), train.calls());
            }
            return new MethodOutcome(pick.unlocked(), pick.fitness(), testOf(r.walkForward()), r.topK(),
                    ranking(r.stress()), r.status(), train.calls());
        }
    }

    private record IterativeMethod(String name, IterativeConfig config) implements BenchmarkMethod {

        @Override
        public MethodOutcome run(Keyhole keyhole, long seed, Evaluator evaluator) {
            CountingTarget train = new CountingTarget(keyhole.train(seed));
            IterativeResult r = new IterativePipeline(config, evaluator)
                    .run(PipelineTargets.of(train).withTest(keyhole.test(seed)));
            if (r.rounds().isEmpty()) {
                throw new BadInputException("the iterative loop ran no round: " + r.stopReason());
            }
            List<String> locked = new ArrayList<>();
            r.lockedInOrder().forEach(locked::addAll);
            Params base = r.finalBaseline();
            Map<String, Object> found = new LinkedHashMap<>();
            for (String n : locked) {
                found.put(n, base.get(n));
            }
            // The final base is the last locked round's pick; a round that stopped without
            // locking started from that same base, so its baseline fitness is the base's.
            int nLocked = r.lockedInOrder().size();
            int last = r.rounds().size() - 1;
            double fitness = nLocked == r.rounds().size() ? r.roundBestFitness().get(last)
                    : r.fitnessTrajectory().get(last);
            Double test = nLocked == 0 ? null : testOf(r.rounds().get(nLocked - 1).walkForward());
            return new MethodOutcome(found, fitness, test, locked, ranking(r.rounds().get(0).stress()),
                    r.finalStatus(), train.calls());
        }
    }
}
