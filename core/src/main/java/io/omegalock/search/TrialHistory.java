package io.omegalock.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The completed TPE trials, oldest first, kept ranked so that the split into good and bad is
 * cheap at every step. Rank order: feasible trials before infeasible ones; feasible by fitness,
 * highest first; infeasible by violation (the number of failed constraints, the only measure
 * the metadata carries), fewest first, then by fitness. Equal ranks keep chronological order.
 */
final class TrialHistory {
    /** The good side never holds more than this many trials (Optuna's default gamma cap). */
    static final int MAX_GOOD = 25;

    private final List<double[]> rows = new ArrayList<>();
    private double[] fitness = new double[16];
    private int[] violations = new int[16];
    private int[] ranking = new int[16];

    /** @return the number of completed trials */
    int size() {
        return rows.size();
    }

    /**
     * @param row        the trial's internal values, one per modelled dimension
     * @param fitness    its fitness (maximized), finite
     * @param violations how many declared constraints it failed, 0 when feasible
     */
    void add(double[] row, double fitness, int violations) {
        int i = rows.size();
        if (i == this.fitness.length) {
            this.fitness = Arrays.copyOf(this.fitness, 2 * i);
            this.violations = Arrays.copyOf(this.violations, 2 * i);
            ranking = Arrays.copyOf(ranking, 2 * i);
        }
        rows.add(row.clone());
        this.fitness[i] = fitness;
        this.violations[i] = violations;
        // Insert after every trial ranked at least as well: ties stay chronological.
        int lo = 0;
        int hi = i;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(ranking[mid], i) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        System.arraycopy(ranking, lo, ranking, lo + 1, i - lo);
        ranking[lo] = i;
    }

    private int compare(int a, int b) {
        boolean feasibleA = violations[a] == 0;
        boolean feasibleB = violations[b] == 0;
        if (feasibleA != feasibleB) {
            return feasibleA ? -1 : 1;
        }
        if (violations[a] != violations[b]) {
            return Integer.compare(violations[a], violations[b]);
        }
        return Double.compare(fitness[b], fitness[a]);
    }

    /**
     * A trial proposed but not yet evaluated, under the constant-liar strategy: it takes the
     * worst rank there is (below every completed trial, feasible or not), so it counts in the
     * split's size and sits in the bad density.
     *
     * @param row the proposal's internal values
     */
    void addLiar(double[] row) {
        add(row, Double.NEGATIVE_INFINITY, Integer.MAX_VALUE);
    }

    /** @return an independent copy (for a batch's liars, which never enter the real history) */
    TrialHistory copy() {
        TrialHistory c = new TrialHistory();
        c.rows.addAll(rows);
        c.fitness = fitness.clone();
        c.violations = violations.clone();
        c.ranking = ranking.clone();
        return c;
    }

    /**
     * @param n completed trials
     * @return how many form the good side: {@code min(ceil(0.1 n), 25)}
     */
    static int goodCount(int n) {
        return Math.min((n + 9) / 10, MAX_GOOD);
    }

    /**
     * @return {@code {good, bad}}: trial indexes of the best {@link #goodCount} ranked trials and
     *         of the rest, each in chronological order (the weights depend on age)
     */
    int[][] split() {
        int n = size();
        int good = goodCount(n);
        boolean[] isGood = new boolean[n];
        for (int r = 0; r < good; r++) {
            isGood[ranking[r]] = true;
        }
        int[] below = new int[good];
        int[] above = new int[n - good];
        int b = 0;
        int a = 0;
        for (int i = 0; i < n; i++) {
            if (isGood[i]) {
                below[b++] = i;
            } else {
                above[a++] = i;
            }
        }
        return new int[][] {below, above};
    }

    /**
     * @param indexes trial indexes
     * @return their rows (shared, not copied)
     */
    double[][] rows(int[] indexes) {
        double[][] out = new double[indexes.length][];
        for (int i = 0; i < indexes.length; i++) {
            out[i] = rows.get(indexes[i]);
        }
        return out;
    }

    /** @return the trial indexes from best to worst rank */
    int[] ranking() {
        return Arrays.copyOf(ranking, size());
    }
}
