package io.omegalock.stress;

import io.omegalock.eval.Evaluation;
import io.omegalock.eval.Evaluator;
import io.omegalock.space.BoolParam;
import io.omegalock.space.ChoiceParam;
import io.omegalock.space.NumericParam;
import io.omegalock.space.ParamSpec;
import io.omegalock.space.Params;
import io.omegalock.target.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures how much fitness moves when each parameter is nudged off the baseline. All
 * perturbed points are built first and evaluated as one batch (parameters in order, + before
 * -), so a parallel engine speeds stress up without changing its order or its numbers.
 */
public final class Stress {
    private Stress() {
    }

    /**
     * @param target    the (train) target
     * @param evaluator the evaluation engine
     * @param base      the baseline params
     * @param baseline  the baseline evaluation (f0)
     * @param subset    names to measure, in the order to measure them
     * @param epsilons  per-parameter ε overrides (others use the default: 10% of range, 1 for ints)
     * @return one result per measured parameter, normalized over the set
     * @throws io.omegalock.BadInputException when a subset name is unknown
     */
    public static List<StressResult> measure(Target target, Evaluator evaluator, Params base, Evaluation baseline,
                                             List<String> subset, Map<String, Double> epsilons) {
        base.space().requireKnown(subset);
        List<Probe> probes = new ArrayList<>(subset.size());
        List<Params> batch = new ArrayList<>();
        for (String name : subset) {
            ParamSpec spec = base.space().spec(name);
            Probe probe = Probe.plan(spec, base, epsilons.get(name));
            probes.add(probe);
            batch.addAll(probe.points());
        }
        List<Evaluation> evals = evaluator.evaluate(target, batch);
        List<StressResult> raw = new ArrayList<>(probes.size());
        int at = 0;
        for (Probe probe : probes) {
            int n = probe.points().size();
            raw.add(probe.result(baseline, evals.subList(at, at + n)));
            at += n;
        }
        return normalize(raw);
    }

    /** Population z-scores of raw stress; all zero when the spread is zero. */
    static List<StressResult> normalize(List<StressResult> raw) {
        int n = raw.size();
        if (n == 0) {
            return raw;
        }
        double mean = 0;
        for (StressResult r : raw) {
            mean += r.rawStress();
        }
        mean /= n;
        double var = 0;
        for (StressResult r : raw) {
            double d = r.rawStress() - mean;
            var += d * d;
        }
        double std = Math.sqrt(var / n);
        List<StressResult> out = new ArrayList<>(n);
        for (StressResult r : raw) {
            out.add(r.withNormalizedStress(std == 0 ? 0.0 : (r.rawStress() - mean) / std));
        }
        return out;
    }

    /** The points to evaluate for one parameter and how to turn their fitness into a stress. */
    private record Probe(ParamSpec spec, Params base, List<Params> points, double epsilon, double baseValue,
                         double[] moved, boolean[] clipped) {

        static Probe plan(ParamSpec spec, Params base, Double epsOverride) {
            Object current = base.get(spec.name());
            if (spec instanceof NumericParam num) {
                double b = ((Number) current).doubleValue();
                double eps = epsOverride != null ? epsOverride : num.defaultEpsilon();
                Object plus = num.clip(b + eps);
                Object minus = num.clip(b - eps);
                double pv = ((Number) plus).doubleValue();
                double mv = ((Number) minus).doubleValue();
                return new Probe(spec, base,
                        List.of(base.with(spec.name(), plus), base.with(spec.name(), minus)), eps, b,
                        new double[] {Math.abs(pv - b), Math.abs(mv - b)},
                        new boolean[] {pv != b + eps, mv != b - eps});
            }
            List<Params> pts = new ArrayList<>();
            if (spec instanceof BoolParam) {
                pts.add(base.with(spec.name(), !(Boolean) current));
            } else {
                for (String c : ((ChoiceParam) spec).choices()) {
                    if (!c.equals(current)) {
                        pts.add(base.with(spec.name(), c));
                    }
                }
            }
            return new Probe(spec, base, pts, 1.0, 0.0, null, new boolean[] {false, false});
        }

        StressResult result(Evaluation baseline, List<Evaluation> evals) {
            double f0 = baseline.fitness();
            int failures = 0;
            for (Evaluation e : evals) {
                if (!e.ok()) {
                    failures++;
                }
            }
            if (moved != null) {
                Evaluation plus = evals.get(0);
                Evaluation minus = evals.get(1);
                double sp = side(plus, f0, moved[0]);
                double sm = side(minus, f0, moved[1]);
                return new StressResult(spec.name(), f0, plus.fitness(), minus.fitness(), epsilon, Math.max(sp, sm),
                        0.0, false, spec.ofiBiased(), clipped[0], clipped[1], plus.nTrials(), minus.nTrials(),
                        spec.type(), failures);
            }
            // bool: the flip; choice: the other choice that moves fitness most (first on ties).
            Evaluation best = null;
            double bestStress = -1;
            for (Evaluation e : evals) {
                double s = side(e, f0, 1.0);
                if (s > bestStress) {
                    bestStress = s;
                    best = e;
                }
            }
            double plusFitness = best == null ? f0 : best.fitness();
            long plusTrials = best == null ? baseline.nTrials() : best.nTrials();
            return new StressResult(spec.name(), f0, plusFitness, f0, 1.0, Math.max(0, bestStress), 0.0,
                    spec instanceof BoolParam, spec.ofiBiased(), false, false, plusTrials, baseline.nTrials(),
                    spec.type(), failures);
        }

        /** |Δfitness| per unit moved; a side that did not move, or failed, contributes 0. */
        private static double side(Evaluation e, double f0, double distance) {
            if (!e.ok() || distance == 0) {
                return 0.0;
            }
            return Math.abs(e.fitness() - f0) / distance;
        }
    }
}
