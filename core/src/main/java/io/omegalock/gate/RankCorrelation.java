package io.omegalock.gate;

import java.util.Arrays;

/**
 * Rank correlations with ties handled the standard way: Spearman's rho is the Pearson
 * correlation of average ranks, Kendall's tau-b is {@code (C - D) / sqrt((n0 - n1)(n0 - n2))}
 * (Kendall 1945), computed in O(n log n) with Knight's (1966) merge-sort algorithm.
 *
 * <p>Inputs must be finite and of equal length; a coefficient that is undefined (fewer than
 * two points, or every value of one side tied) is NaN.
 */
public final class RankCorrelation {
    private RankCorrelation() {
    }

    /**
     * Ranks from 1 (smallest) to n; tied values share the mean of the ranks they span, so every
     * rank is a multiple of one half.
     *
     * @param values finite values
     * @return the average ranks, aligned with {@code values}
     */
    public static double[] averageRanks(double[] raw) {
        double[] values = signedZeroFree(raw);
        int n = values.length;
        Integer[] order = sortedOrder(values);
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            // Positions i..j (0-based) share ranks i+1..j+1, whose mean is (i + j + 2) / 2.
            double r = (i + j + 2) / 2.0;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = r;
            }
            i = j + 1;
        }
        return ranks;
    }

    /**
     * @param x first sample
     * @param y second sample, same length
     * @return Spearman's rho with average ranks for ties, NaN when undefined
     * @throws IllegalArgumentException when lengths differ or a value is not finite
     */
    public static double spearman(double[] x, double[] y) {
        check(x, y);
        if (x.length < 2) {
            return Double.NaN;
        }
        Pearson p = Pearson.of(averageRanks(x), averageRanks(y));
        return p.computable() ? p.value() : Double.NaN;
    }

    /**
     * @param x first sample
     * @param y second sample, same length
     * @return Kendall's tau-b, NaN when undefined
     * @throws IllegalArgumentException when lengths differ or a value is not finite
     */
    public static double kendallTauB(double[] xs, double[] ys0) {
        check(xs, ys0);
        double[] x = signedZeroFree(xs);
        double[] y = signedZeroFree(ys0);
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        // Knight (1966): sort by x then y; count the pairs tied in x (n1) and in both (n3);
        // a stable merge sort of the y sequence then counts the discordant pairs as swaps.
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(x[a], x[b]);
            return c != 0 ? c : Double.compare(y[a], y[b]);
        });
        long n0 = (long) n * (n - 1) / 2;
        long n1 = 0;
        long n3 = 0;
        long xRun = 1;
        long xyRun = 1;
        for (int i = 1; i < n; i++) {
            boolean xTie = x[order[i]] == x[order[i - 1]];
            boolean xyTie = xTie && y[order[i]] == y[order[i - 1]];
            if (xTie) {
                xRun++;
            } else {
                n1 += xRun * (xRun - 1) / 2;
                xRun = 1;
            }
            if (xyTie) {
                xyRun++;
            } else {
                n3 += xyRun * (xyRun - 1) / 2;
                xyRun = 1;
            }
        }
        n1 += xRun * (xRun - 1) / 2;
        n3 += xyRun * (xyRun - 1) / 2;

        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ys[i] = y[order[i]];
        }
        long swaps = mergeSortSwaps(ys, new double[n], 0, n);
        long n2 = 0;
        long yRun = 1;
        for (int i = 1; i < n; i++) {
            if (ys[i] == ys[i - 1]) {
                yRun++;
            } else {
                n2 += yRun * (yRun - 1) / 2;
                yRun = 1;
            }
        }
        n2 += yRun * (yRun - 1) / 2;
        if (n1 == n0 || n2 == n0) {
            return Double.NaN;
        }
        long s = n0 - n1 - n2 + n3 - 2 * swaps;
        return s / Math.sqrt((double) (n0 - n1) * (double) (n0 - n2));
    }

    /** @return true when some value occurs more than once */
    static boolean hasTies(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        for (int i = 1; i < s.length; i++) {
            if (s[i] == s[i - 1]) {
                return true;
            }
        }
        return false;
    }

    /** Sorts {@code a[lo, hi)} ascending; returns the number of strictly inverted pairs. */
    private static long mergeSortSwaps(double[] a, double[] tmp, int lo, int hi) {
        if (hi - lo < 2) {
            return 0;
        }
        int mid = (lo + hi) >>> 1;
        long swaps = mergeSortSwaps(a, tmp, lo, mid) + mergeSortSwaps(a, tmp, mid, hi);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (a[j] < a[i]) {
                // a[j] is smaller than every remaining left element: one inversion each.
                swaps += mid - i;
                tmp[k++] = a[j++];
            } else {
                tmp[k++] = a[i++];
            }
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < hi) {
            tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, lo, a, lo, hi - lo);
        return swaps;
    }

    /** A copy with -0.0 replaced by 0.0, so sorting (Double.compare) and tying (==) agree. */
    private static double[] signedZeroFree(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] + 0.0;
        }
        return out;
    }

    private static Integer[] sortedOrder(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        return order;
    }

    private static void check(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("samples differ in length: " + x.length + " vs " + y.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("non-finite value at index " + i);
            }
        }
    }
}
