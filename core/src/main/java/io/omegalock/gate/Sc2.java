package io.omegalock.gate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SC-2, an advisory: does the grid beat a same-budget random search by 1.5x on top-quartile
 * fitness (Bergstra and Bengio 2012)? Never fails a run; it tells the user when grid coverage
 * is wasted.
 */
public final class Sc2 {
    /** The ratio the grid must reach to count as beating random search. */
    public static final double PASS_RATIO = 1.5;

    private Sc2() {
    }

    /**
     * @param grid   fitnesses of the grid's candidates
     * @param random fitnesses of the random baseline's candidates
     * @return the comparison with the reference's detail keys
     */
    public static Map<String, Object> compare(double[] grid, double[] random) {
        double g = topQuartileMean(grid);
        double r = topQuartileMean(random);
        double ratio;
        if (r == 0) {
            ratio = g == 0 ? 0.0 : (g > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        } else {
            ratio = g / r;
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("grid_top_quartile", g);
        d.put("random_top_quartile", r);
        d.put("ratio", ratio);
        d.put("sc2_pass", ratio >= PASS_RATIO);
        d.put("sc2_assumption", "fitness_nonnegative_required_for_ratio_interpretation");
        if (g < 0 || r < 0) {
            d.put("sc2_warning", "negative_top_quartile_ratio_unstable");
        }
        return d;
    }

    /**
     * @param grid   fitnesses of the grid's candidates
     * @param random fitnesses of the random baseline's candidates
     * @return an ADVISORY report
     */
    public static GateReport report(double[] grid, double[] random) {
        Map<String, Object> d = compare(grid, random);
        boolean pass = (Boolean) d.get("sc2_pass");
        String msg = "grid_top_q=" + Numbers.fixed((double) d.get("grid_top_quartile"), 3)
                + " random_top_q=" + Numbers.fixed((double) d.get("random_top_quartile"), 3)
                + " ratio=" + Numbers.fixed((double) d.get("ratio"), 3)
                + (pass ? " (grid beats random >=1.5x)"
                        : " (grid does NOT beat random >=1.5x — consider switching search method)");
        return new GateReport("SC-2", GateStatus.ADVISORY, msg, d);
    }

    /** Mean of the best {@code max(1, n / 4)} values, summed best first; 0 for no values. */
    static double topQuartileMean(double[] values) {
        if (values.length == 0) {
            return 0.0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int q = Math.max(1, values.length / 4);
        double s = 0;
        for (int i = 0; i < q; i++) {
            s += sorted[sorted.length - 1 - i];
        }
        return s / q;
    }
}
