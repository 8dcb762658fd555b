package io.omegalock.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** The two rules TPE uses to size the numeric kernels of observations (before clipping). */
final class Bandwidths {
    private static final double SIGMA0 = 0.2;

    private Bandwidths() {
    }

    /**
     * The multivariate rule (Scott-like): one bandwidth for every observation,
     * {@code 0.2 * max(m, 1)^(-1 / (d + 4)) * range}, shrinking as evidence accumulates and
     * shrinking slower in more dimensions.
     *
     * @param m     observations
     * @param d     dimensions of the joint density
     * @param range width of the kernel interval
     * @return the m bandwidths
     */
    static double[] multivariate(int m, int d, double range) {
        double[] s = new double[m];
        Arrays.fill(s, SIGMA0 * Math.pow(Math.max(m, 1), -1.0 / (d + 4)) * range);
        return s;
    }

    /**
     * The univariate rule: sort the centres (the prior's midpoint included) between the interval
     * ends and give each the larger gap to its left or right neighbour. As in Optuna (with
     * {@code consider_endpoints=false}), the outermost centres look only inwards, so a point near
     * an end is not widened by the empty space beyond it. Equal centres keep their given order.
     *
     * @param centres kernel centres, in any order
     * @param lower   lower end of the interval
     * @param upper   upper end of the interval
     * @return one bandwidth per centre, in the given order
     */
    static double[] neighbourGaps(double[] centres, double lower, double upper) {
        int n = centres.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> centres[i]));
        double[] ends = new double[n + 2];
        ends[0] = lower;
        for (int i = 0; i < n; i++) {
            ends[i + 1] = centres[order[i]];
        }
        ends[n + 1] = upper;
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = Math.max(ends[i + 1] - ends[i], ends[i + 2] - ends[i + 1]);
        }
        if (n >= 2) {
            sorted[0] = ends[2] - ends[1];
            sorted[n - 1] = ends[n] - ends[n - 1];
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[order[i]] = sorted[i];
        }
        return out;
    }
}
