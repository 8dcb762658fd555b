package io.omegalock.search;

import java.util.Arrays;

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
        int[] order = stableOrder(centres);
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

    /**
     * @param values any finite values
     * @return their indexes sorted by value, equal values in index order; one primitive sort
     *         and a binary search per value, because this runs for every axis of every density
     *         of every univariate proposal
     */
    static int[] stableOrder(double[] values) {
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        // Equal values share a first position; the k-th of them in index order takes first + k.
        int[] taken = new int[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            int first = firstPosition(sorted, values[i]);
            order[first + taken[first]++] = i;
        }
        return order;
    }

    private static int firstPosition(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
