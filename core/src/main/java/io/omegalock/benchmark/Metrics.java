package io.omegalock.benchmark;

import io.omegalock.BadInputException;
import io.omegalock.space.BoolParam;
import io.omegalock.space.ChoiceParam;
import io.omegalock.space.NumericParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.ParamSpec;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's metrics (SPEC §13), each a pure function of a run's output and the
 * keyhole's ground truth. They reproduce the reference's {@code unit_cases.json} to 1e-12.
 */
public final class Metrics {
    /** Denominator floor of the relative metrics. */
    public static final double FLOOR = 1e-9;
    /** Below this {@code |train|} a generalization gap is flagged {@link GapStatus#TRAIN_NEAR_ZERO}. */
    public static final double TRAIN_NEAR_ZERO = 1e-6;

    private Metrics() {
    }

    /**
     * @param found the parameters the method unlocked
     * @param truth the effective parameters
     * @return {@code |found ∩ truth| / |truth|}, 1 when truth is empty
     */
    public static double recall(Collection<String> found, Collection<String> truth) {
        Set<String> t = new HashSet<>(truth);
        if (t.isEmpty()) {
            return 1.0;
        }
        return (double) intersection(found, t) / t.size();
    }

    /**
     * @param found the parameters the method unlocked
     * @param truth the effective parameters
     * @return {@code |found ∩ truth| / |found|}, 0 when nothing was found
     */
    public static double precision(Collection<String> found, Collection<String> truth) {
        Set<String> f = new HashSet<>(found);
        if (f.isEmpty()) {
            return 0.0;
        }
        return (double) intersection(f, new HashSet<>(truth)) / f.size();
    }

    private static int intersection(Collection<String> a, Set<String> b) {
        int n = 0;
        for (String x : new HashSet<>(a)) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Normalized L2 distance to the optimum over the true parameters, in the truth map's
     * order: a numeric axis contributes {@code ((found - true) / max(high - low, 1e-9))^2}
     * (range (0, 1) when none is given), a bool or choice contributes 1 when it differs, and a
     * true parameter the method did not report contributes 1.
     *
     * @param found  what the method reported (a subset of the space is fine)
     * @param truth  the optimum of the effective parameters
     * @param ranges {@code name -> [low, high]} of the numeric parameters
     * @return the square root of the summed squares; 0 when truth is empty
     * @throws BadInputException when a range is not two finite numbers
     */
    public static double paramL2Error(Map<String, ?> found, Map<String, ?> truth, Map<String, double[]> ranges) {
        double squared = 0.0;
        for (Map.Entry<String, ?> e : truth.entrySet()) {
            Object t = e.getValue();
            Object f = found.get(e.getKey());
            if (f == null) {
                squared += 1.0;
            } else if (t instanceof Boolean || t instanceof String) {
                squared += t.equals(f) ? 0.0 : 1.0;
            } else {
                double[] r = ranges.getOrDefault(e.getKey(), new double[] {0.0, 1.0});
                if (r.length != 2 || !Double.isFinite(r[0]) || !Double.isFinite(r[1])) {
                    throw new BadInputException("range of '" + e.getKey() + "' must be two finite numbers [low, high]");
                }
                double span = Math.max(r[1] - r[0], FLOOR);
                double d = (number(f, e.getKey()) - number(t, e.getKey())) / span;
                squared += d * d;
            }
        }
        return Math.sqrt(squared);
    }

    /**
     * {@link #paramL2Error(Map, Map, Map)} with the ranges of a space.
     *
     * @param found what the method reported
     * @param truth the optimum of the effective parameters
     * @param space the keyhole's space
     * @return the normalized L2 error
     */
    public static double paramL2Error(Map<String, ?> found, Map<String, ?> truth, ParamSpace space) {
        return paramL2Error(found, truth, ranges(space));
    }

    /** @return {@code name -> [low, high]} of every numeric parameter (bool: [0, 1]) */
    public static Map<String, double[]> ranges(ParamSpace space) {
        Map<String, double[]> m = new HashMap<>();
        for (ParamSpec s : space.specs()) {
            if (s instanceof NumericParam n) {
                m.put(s.name(), new double[] {n.lowAsDouble(), n.highAsDouble()});
            } else if (s instanceof BoolParam || s instanceof ChoiceParam) {
                m.put(s.name(), new double[] {0.0, 1.0});
            }
        }
        return m;
    }

    private static double number(Object v, String name) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        throw new BadInputException("parameter '" + name + "': expected a number, got " + v);
    }

    /**
     * @param found   the fitness the method found
     * @param optimum the best fitness there is
     * @return {@code 100 * (optimum - found) / max(|optimum|, 1e-9)}: 0 at the optimum, positive below it
     */
    public static double fitnessGapPct(double found, double optimum) {
        return 100.0 * (optimum - found) / Math.max(Math.abs(optimum), FLOOR);
    }

    /**
     * @param train the train fitness of the method's pick
     * @param test  its test fitness, or null when the method has none
     * @return {@code |train - test| / max(|train|, 1e-9)} with its status
     */
    public static GeneralizationGap generalizationGap(double train, Double test) {
        if (test == null) {
            return new GeneralizationGap(0.0, GapStatus.NO_TEST);
        }
        double value = Math.abs(train - test) / Math.max(Math.abs(train), FLOOR);
        return new GeneralizationGap(value, Math.abs(train) < TRAIN_NEAR_ZERO ? GapStatus.TRAIN_NEAR_ZERO : GapStatus.OK);
    }

    /**
     * @param found  the fitness the method found
     * @param nEvals the evaluations it spent
     * @return {@code found / nEvals}, 0 when no evaluation was spent
     */
    public static double sampleEfficiency(double found, long nEvals) {
        return nEvals > 0 ? found / nEvals : 0.0;
    }

    /**
     * Spearman's rank correlation of two orderings over the names they share: each shared
     * name is ranked by its position among the shared names of each list, and
     * {@code rho = 1 - 6 Σd² / (n (n² - 1))}.
     *
     * <p>The reference ranks by the position in the whole list instead, so a name of one list
     * missing from the other shifts every rank after it; ranking within the intersection keeps
     * rho in [-1, 1] and gives 1 for two lists in the same order. Both agree whenever the
     * names outside the intersection come last, as in every reference case.
     *
     * @param measured e.g. the measured stress ranking, most sensitive first
     * @param truth    e.g. the true importance ranking
     * @return rho, or null when fewer than two names are shared
     */
    public static Double spearman(List<String> measured, List<String> truth) {
        Set<String> inTruth = new HashSet<>(truth);
        Map<String, Integer> rankA = new HashMap<>();
        for (String name : measured) {
            if (inTruth.contains(name) && !rankA.containsKey(name)) {
                rankA.put(name, rankA.size());
            }
        }
        int n = rankA.size();
        if (n < 2) {
            return null;
        }
        Map<String, Integer> rankB = new HashMap<>();
        for (String name : truth) {
            if (rankA.containsKey(name) && !rankB.containsKey(name)) {
                rankB.put(name, rankB.size());
            }
        }
        long dSquared = 0;
        for (Map.Entry<String, Integer> e : rankA.entrySet()) {
            long d = e.getValue() - rankB.get(e.getKey());
            dSquared += d * d;
        }
        return 1.0 - (6.0 * dSquared) / ((double) n * ((long) n * n - 1));
    }
}
