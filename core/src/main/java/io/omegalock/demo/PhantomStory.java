package io.omegalock.demo;

import io.omegalock.eval.Evaluator;
import io.omegalock.gate.GateReport;
import io.omegalock.json.PyFloat;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.pipeline.WalkForwardResult;
import io.omegalock.search.Candidate;
import io.omegalock.search.GridSearch;
import io.omegalock.search.ZoomingGridSearch;
import io.omegalock.space.Params;
import io.omegalock.stress.StressResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code omega-lock demo phantom}: the audit pipeline step by step on the Phantom keyhole, whose
 * ground truth is known: twelve parameters of which three matter. Stress over all twelve axes
 * puts the effective three on top, the top-3 are unlocked, a grid searches them, the
 * walk-forward gate and the other KC reports judge the pick, and a zooming grid then refines it
 * round by round towards the seed's exact train maximum. Default thresholds (Phantom counts its
 * fires as actions), seed {@value #SEED}; the same numbers every run.
 */
public final class PhantomStory {
    /** The keyhole seed. */
    public static final long SEED = 42;
    /** Grid points per axis, for the grid and for every zoom round. */
    public static final int GRID_POINTS = 5;
    /** Zoom rounds of the refinement. */
    public static final int ZOOM_ROUNDS = 4;
    /** Share of the span each zoom round keeps. */
    public static final double ZOOM_FACTOR = 0.5;

    private PhantomStory() {
    }

    /**
     * @param truth    the keyhole's ground truth for {@link #SEED} (never consulted by the runs)
     * @param baseline the neutral params
     * @param grid     the pipeline with a plain grid
     * @param zoom     the same pipeline with the zooming grid
     * @param rounds   the zooming grid's rounds
     * @param expected the expected optimum (decoys at neutral) evaluated once on train and once on
     *                 the holdout, to set the refined pick beside it
     */
    public record Outcome(GroundTruth truth, Params baseline, PipelineResult grid, PipelineResult zoom,
                          List<ZoomingGridSearch.Round> rounds, Pick expected) {
        /** Copies the rounds. */
        public Outcome {
            rounds = List.copyOf(rounds);
        }
    }

    /**
     * @param params  the params
     * @param train   train fitness
     * @param holdout holdout fitness
     */
    public record Pick(Params params, double train, double holdout) {
    }

    /**
     * @param evaluator the evaluation engine
     * @return both runs; deterministic for any thread count
     */
    public static Outcome run(Evaluator evaluator) {
        Phantom k = Phantom.keyhole();
        PipelineTargets targets = PipelineTargets.of(k.train(SEED)).withTest(k.test(SEED)).withHoldout(k.holdout(SEED));
        PipelineConfig config = PipelineConfig.builder().search(new GridSearch(GRID_POINTS)).build();
        PipelineResult grid = new Pipeline(config, evaluator).run(targets);
        ZoomingGridSearch zooming = new ZoomingGridSearch(GRID_POINTS, ZOOM_ROUNDS, ZOOM_FACTOR);
        PipelineResult zoom = new Pipeline(config.toBuilder().search(zooming).build(), evaluator).run(targets);
        Params neutral = k.space().neutral();
        GroundTruth truth = k.groundTruth(SEED);
        Params optimum = neutral.withAll(truth.optimumParams());
        Pick expected = new Pick(optimum, evaluator.evaluate(k.train(SEED), optimum).fitness(),
                evaluator.evaluate(k.holdout(SEED), optimum).fitness());
        return new Outcome(truth, neutral, grid, zoom, zooming.rounds(neutral, zoom.topK(), zoom.candidates()),
                expected);
    }

    /**
     * @param o   the outcome of {@link #run(Evaluator)}
     * @param out where to print
     */
    public static void print(Outcome o, PrintWriter out) {
        PipelineResult g = o.grid();
        GroundTruth truth = o.truth();
        boolean found = Set.copyOf(g.topK()).equals(Set.copyOf(truth.effectiveParams()));
        String rule = "=".repeat(78);
        out.println(rule);
        out.println(" Phantom walkthrough: " + g.stress().size() + " parameters, " + truth.effectiveParams().size()
                + " that matter (keyhole seed " + SEED + ")");
        out.println(rule);
        out.println();
        out.println(" keyhole  : " + Phantom.EVENTS + " events per slice; fires when the mean of the last `window`");
        out.println("            observations crosses `alpha` (long_mode picks the side); fitness = net labels");
        out.println("            at the fires, n_trials = fires; " + (o.baseline().space().size()
                - truth.effectiveParams().size()) + " decoys move fitness by a few thousandths at most");
        out.println(" truth    : effective " + String.join(", ", truth.effectiveParams()) + "; expected optimum "
                + params(truth.optimumParams(), 3) + ";");
        out.println("            exact train maximum " + f3(truth.optimumFitness())
                + " (the pipeline never sees these)");
        out.println(" slices   : train = stress + search, test = walk-forward, holdout = evaluated once at the end");
        out.println();
        out.println("[1] Baseline at the neutral point");
        Map<String, Object> effective = new LinkedHashMap<>();
        truth.effectiveParams().forEach(name -> effective.put(name, o.baseline().get(name)));
        out.println("    params  : " + params(effective) + " (decoys at neutral)");
        out.println("    fitness : " + f3(g.baseline().fitness()) + " (" + g.baseline().nTrials() + " fires)");
        out.println();
        stress(g, truth, out);
        out.println();
        out.println("[3] Unlock the top-" + g.topK().size() + ": " + String.join(", ", g.topK())
                + (found ? "  = the effective parameters"
                : "  (the effective parameters are " + truth.effectiveParams() + ")"));
        out.println("    the other " + (g.stress().size() - g.topK().size()) + " stay locked at their neutral values");
        out.println();
        Candidate best = g.selected();
        out.println("[4] Grid search: " + GRID_POINTS + " points per numeric axis, " + g.candidates().size()
                + " candidates");
        out.println("    best on train : " + f3(best.fitness()) + " at " + params(best.unlocked()) + " ("
                + best.nTrials() + " fires)");
        out.println("    train maximum : " + f3(truth.optimumFitness()) + "  (grid gap " + pct(gap(truth, best)) + ")");
        out.println();
        walkForward(g, out);
        out.println();
        zoom(o, out);
        out.println();
        Candidate refined = o.zoom().selected();
        out.println("Summary: stress " + (found ? "put the " + truth.effectiveParams().size() + " effective parameters"
                + " on top of " + g.stress().size() : "missed part of the effective set") + "; the grid over them");
        out.println("lifted train fitness from " + f3(g.baseline().fitness()) + " to " + f3(best.fitness())
                + " and the gates judged that pick " + g.status() + " (holdout " + holdout(g) + ");");
        out.println("the zoom rounds refined it to " + f3(refined.fitness()) + " on train and " + holdout(o.zoom())
                + " on the holdout, status " + o.zoom().status() + ".");
        out.flush();
    }

    private static void stress(PipelineResult g, GroundTruth truth, PrintWriter out) {
        out.println("[2] Stress: each of the " + g.stress().size() + " axes nudged around the baseline (10% of its "
                + "range, a flip for bools)");
        out.println(String.format(Locale.ROOT, "    %2s  %-13s %10s %11s  %s", "#", "parameter", "raw stress",
                "normalized", ""));
        List<StressResult> ranked = new ArrayList<>(g.stress());
        ranked.sort(Comparator.comparingDouble(StressResult::rawStress).reversed());
        for (int i = 0; i < ranked.size(); i++) {
            StressResult s = ranked.get(i);
            boolean effective = truth.effectiveParams().contains(s.name());
            out.println(String.format(Locale.ROOT, "    %2d  %-13s %10s %11s  %s", i + 1, s.name(),
                    String.format(Locale.ROOT, "%.3g", s.rawStress()), PyFloat.format(s.normalizedStress(), 3),
                    effective ? "<- effective" : "decoy"));
        }
        GateReport kc2 = g.report("KC-2");
        out.println("    KC-2 " + kc2.status() + ": " + kc2.message());
    }

    private static void walkForward(PipelineResult g, PrintWriter out) {
        WalkForwardResult wf = g.walkForward();
        out.println("[5] Walk-forward: the train top-" + wf.topN() + " re-scored once each on the test slice");
        out.println(String.format(Locale.ROOT, "    %4s %9s %9s", "rank", "train", "test"));
        for (int i = 0; i < wf.topN(); i++) {
            out.println(String.format(Locale.ROOT, "    %4d %9s %9s", i + 1, f3(wf.trainFitnesses()[i]),
                    f3(wf.testFitnesses()[i])));
        }
        out.println("    Pearson(train, test) = " + f3(wf.pearson().valueOrZero()) + ", trade ratio (test/train "
                + "fires) = " + f3(wf.tradeRatioScaled()));
        out.println("    KC reports:");
        for (GateReport r : g.reports()) {
            out.println(String.format(Locale.ROOT, "      %-5s %-8s %s", r.name(), r.status(), r.message()));
        }
        out.println("    status  : " + g.status());
        out.println("    holdout : " + holdout(g) + " (the selected params, evaluated once)");
    }

    private static void zoom(Outcome o, PrintWriter out) {
        PipelineResult z = o.zoom();
        out.println("[6] Zoom refinement: " + ZOOM_ROUNDS + " grid rounds over the same unlocked axes,");
        out.println("    each keeping " + PyFloat.repr(ZOOM_FACTOR)
                + " of the span around the previous round's winner");
        List<String> numeric = new ArrayList<>();
        for (String name : z.topK()) {
            if (o.rounds().get(0).axes().get(name).get(0) instanceof Number) {
                numeric.add(name);
            }
        }
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "    %5s", "round"));
        for (String name : numeric) {
            header.append(String.format(Locale.ROOT, "  %-15s", name + " range"));
        }
        out.println(header.append(String.format(Locale.ROOT, " %5s %8s  %s", "evals", "best", "winner")));
        for (ZoomingGridSearch.Round r : o.rounds()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "    %5d", r.index() + 1));
            for (String name : numeric) {
                line.append(String.format(Locale.ROOT, "  %-15s", range(r.axes().get(name))));
            }
            Candidate w = r.winner();
            out.println(line.append(String.format(Locale.ROOT, " %5d %8s  %s", r.candidates().size(),
                    f3(w.fitness()), params(w.unlocked()))));
        }
        Candidate sel = z.selected();
        out.println("    selected : " + params(sel.unlocked()) + ", train " + f3(sel.fitness()));
        out.println("               " + f3(o.truth().optimumFitness() - sel.fitness()) + " below the exact train "
                + "maximum " + f3(o.truth().optimumFitness()) + " (decoys at their best)");
        out.println("    expected optimum " + params(o.truth().optimumParams(), 3) + ": train "
                + f3(o.expected().train()) + ", holdout " + f3(o.expected().holdout()));
        out.println("               (it maximizes the expected fitness over seeds, not this seed's slices)");
        GateReport kc4 = z.report("KC-4");
        out.println("    walk-forward on the refined top-" + z.walkForward().topN() + ": " + kc4.status() + " ("
                + kc4.message() + ")");
        out.println("    status  : " + z.status() + "; holdout " + holdout(z));
    }

    private static String holdout(PipelineResult r) {
        return f3(r.holdout().fitness());
    }

    /** @return how far below the exact train maximum, in percent of it */
    private static double gap(GroundTruth truth, Candidate c) {
        return 100.0 * (truth.optimumFitness() - c.fitness()) / Math.abs(truth.optimumFitness());
    }

    private static String range(List<Object> axis) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        boolean ints = true;
        for (Object v : axis) {
            double d = ((Number) v).doubleValue();
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
            ints &= v instanceof Long || v instanceof Integer;
        }
        return ints ? "[" + (long) lo + ", " + (long) hi + "]" : "[" + f3(lo) + ", " + f3(hi) + "]";
    }

    private static String params(Map<String, ?> m) {
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add(k + "=" + (v instanceof Double d ? PyFloat.repr(d) : v)));
        return String.join(", ", parts);
    }

    /** @return {@code name=value, ...} with doubles to the given decimals */
    private static String params(Map<String, ?> m, int decimals) {
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add(k + "=" + (v instanceof Double d ? PyFloat.format(d, decimals) : v)));
        return String.join(", ", parts);
    }

    private static String f3(double v) {
        return PyFloat.format(v, 3);
    }

    private static String pct(double v) {
        return PyFloat.format(v, 1) + "%";
    }
}
