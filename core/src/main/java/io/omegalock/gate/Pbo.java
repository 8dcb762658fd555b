package io.omegalock.gate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Probability of Backtest Overfitting by combinatorially symmetric cross-validation (CSCV;
 * Bailey, Borwein, Lopez de Prado and Zhu, "The Probability of Backtest Overfitting", Journal
 * of Computational Finance 20(4), 2017).
 *
 * <p>Input: a T x N performance matrix, T slices (in time order) for each of the N search
 * candidates ({@code slice_scores} metadata). The T rows are cut into S contiguous blocks, S
 * the largest even number {@code <= min(16, T)}; block b holds rows {@code [floor(b T / S),
 * floor((b + 1) T / S))}, so sizes differ by at most one row when S does not divide T (the
 * paper assumes it does). For every one of the {@code C(S, S/2)} ways to pick S/2 blocks as
 * in-sample (IS; the other half out-of-sample, OOS; each split and its mirror both count):
 *
 * <ol>
 *   <li>a candidate's performance on a block set is the mean of its slice scores over all rows
 *       of those blocks;</li>
 *   <li>the IS winner n* is the candidate with the highest IS performance (lowest index on ties);</li>
 *   <li>its OOS relative rank is {@code omega = r / (N + 1)}, r its rank among the N OOS
 *       performances (1 = worst, average ranks for ties), and its logit
 *       {@code lambda = ln(omega / (1 - omega))}.</li>
 * </ol>
 *
 * <p>{@code PBO = #{lambda <= 0} / C(S, S/2)}: how often the IS winner falls to the OOS median
 * or below. Also reported, as in the paper: the performance degradation, the OLS slope (and
 * intercept) of the winner's OOS performance on its IS performance across splits (a negative
 * slope is the signature of overfitting), and the probability of OOS loss, the share of splits
 * where the winner's OOS performance is below zero (meaningful when zero is break-even, e.g.
 * returns; for other scores read it as "below zero").
 */
public final class Pbo {
    /** Gate name. */
    public static final String NAME = "PBO";
    /** The default pass threshold: PASS when PBO &lt;= 0.25. */
    public static final double DEFAULT_MAX_PBO = 0.25;
    /** Most blocks (C(16, 8) = 12,870 splits). */
    public static final int MAX_BLOCKS = 16;
    /** Fewest blocks for the gate to apply. */
    public static final int MIN_BLOCKS = 8;
    /** Fewest candidates for the gate to apply. */
    public static final int MIN_CANDIDATES = 10;

    private Pbo() {
    }

    /**
     * The CSCV outcome. Arrays are indexed by split, in the order of increasing IS block masks.
     *
     * @param candidates        N
     * @param slices            T
     * @param blocks            S
     * @param pbo               share of splits with lambda &lt;= 0
     * @param logits            lambda per split
     * @param isPerformance     the IS winner's IS performance per split
     * @param oosPerformance    the IS winner's OOS performance per split
     * @param slope             OLS slope of OOS on IS performance (NaN when IS performance is constant)
     * @param intercept         OLS intercept (NaN likewise)
     * @param probabilityOfLoss share of splits with OOS performance &lt; 0
     */
    public record Result(int candidates, int slices, int blocks, double pbo, double[] logits, double[] isPerformance,
                         double[] oosPerformance, double slope, double intercept, double probabilityOfLoss) {

        /** @return the number of splits, {@code C(S, S/2)} */
        public int combinations() {
            return logits.length;
        }
    }

    /**
     * @param slices T
     * @return S, the largest even number {@code <= min(16, T)}
     */
    public static int blocks(int slices) {
        int s = Math.min(MAX_BLOCKS, slices);
        return s - (s & 1);
    }

    /**
     * @param scores {@code scores[candidate][slice]}, rectangular, finite
     * @param blocks S, even, {@code 2 <= S <= min(16, T)}
     * @return the CSCV outcome
     * @throws IllegalArgumentException when the matrix is ragged, holds a non-finite value, or S is invalid
     */
    public static Result compute(double[][] scores, int blocks) {
        int n = scores.length;
        if (n < 2) {
            throw new IllegalArgumentException("CSCV needs at least 2 candidates, got " + n);
        }
        int t = scores[0].length;
        for (int c = 0; c < n; c++) {
            if (scores[c].length != t) {
                throw new IllegalArgumentException("candidate " + c + " has " + scores[c].length + " slice scores, "
                        + "candidate 0 has " + t);
            }
            for (double v : scores[c]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("candidate " + c + " has a non-finite slice score");
                }
            }
        }
        if (blocks < 2 || (blocks & 1) == 1 || blocks > Math.min(MAX_BLOCKS, t)) {
            throw new IllegalArgumentException("blocks must be even and in [2, min(16, T=" + t + ")], got " + blocks);
        }
        int[] rows = new int[blocks];
        double[][] sums = new double[n][blocks];
        for (int b = 0; b < blocks; b++) {
            int from = (int) ((long) b * t / blocks);
            int to = (int) ((long) (b + 1) * t / blocks);
            rows[b] = to - from;
            for (int c = 0; c < n; c++) {
                double s = 0;
                for (int r = from; r < to; r++) {
                    s += scores[c][r];
                }
                sums[c][b] = s;
            }
        }
        int half = blocks / 2;
        int m = 0;
        for (int mask = 0; mask < (1 << blocks); mask++) {
            if (Integer.bitCount(mask) == half) {
                m++;
            }
        }
        double[] ranks = new double[m];
        double[] isPerf = new double[m];
        double[] oosPerf = new double[m];
        double[] is = new double[n];
        double[] oos = new double[n];
        int[] inBlocks = new int[half];
        int[] outBlocks = new int[half];
        int split = 0;
        for (int mask = 0; mask < (1 << blocks); mask++) {
            if (Integer.bitCount(mask) != half) {
                continue;
            }
            int isRows = 0;
            int oosRows = 0;
            for (int b = 0, i = 0, o = 0; b < blocks; b++) {
                if ((mask >>> b & 1) == 1) {
                    inBlocks[i++] = b;
                    isRows += rows[b];
                } else {
                    outBlocks[o++] = b;
                    oosRows += rows[b];
                }
            }
            int best = 0;
            for (int c = 0; c < n; c++) {
                double[] row = sums[c];
                double si = 0;
                double so = 0;
                // OOS from its own blocks, not total - IS, so there is no cancellation error.
                for (int k = 0; k < half; k++) {
                    si += row[inBlocks[k]];
                    so += row[outBlocks[k]];
                }
                is[c] = si / isRows;
                oos[c] = so / oosRows;
                if (is[c] > is[best]) {
                    best = c;
                }
            }
            int less = 0;
            int equal = 0;
            for (int c = 0; c < n; c++) {
                if (oos[c] < oos[best]) {
                    less++;
                } else if (oos[c] == oos[best]) {
                    equal++;
                }
            }
            ranks[split] = less + (equal + 1) / 2.0;
            isPerf[split] = is[best];
            oosPerf[split] = oos[best];
            split++;
        }
        double[] logits = new double[m];
        int overfit = 0;
        int losses = 0;
        for (int i = 0; i < m; i++) {
            double rank = ranks[i];
            double omega = rank / (n + 1);
            logits[i] = Math.log(omega / (1 - omega));
            // lambda <= 0 exactly when omega <= 1/2, i.e. 2 rank <= N + 1 (exact in doubles).
            if (2 * rank <= n + 1) {
                overfit++;
            }
            if (oosPerf[i] < 0) {
                losses++;
            }
        }
        double[] fit = ols(isPerf, oosPerf);
        return new Result(n, t, blocks, (double) overfit / m, logits, isPerf, oosPerf, fit[0], fit[1],
                (double) losses / m);
    }

    /**
     * @param scores {@code scores[candidate][slice]} for all search candidates; empty when the
     *               target reports no slice scores
     * @param maxPbo pass threshold in [0, 1]
     * @return PASS when PBO &lt;= maxPbo; SKIP (with the reason) without slice scores, with
     *         N &lt; 10 or S &lt; 8; FAIL on ragged or non-finite slice scores
     * @throws IllegalArgumentException when maxPbo is not in [0, 1]
     */
    public static GateReport evaluate(double[][] scores, double maxPbo) {
        if (!(maxPbo >= 0 && maxPbo <= 1)) {
            throw new IllegalArgumentException("max PBO must be in [0, 1], got " + maxPbo);
        }
        int n = scores.length;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("n_candidates", n);
        if (n == 0) {
            return new GateReport(NAME, GateStatus.SKIP, "SKIP: the target reports no slice_scores", d);
        }
        int t = scores[0].length;
        for (int c = 0; c < n; c++) {
            if (scores[c].length != t) {
                return new GateReport(NAME, GateStatus.FAIL, "FAIL: candidate " + c + " reports "
                        + scores[c].length + " slice scores, candidate 0 reports " + t, d);
            }
            for (double v : scores[c]) {
                if (!Double.isFinite(v)) {
                    return new GateReport(NAME, GateStatus.FAIL, "FAIL: candidate " + c
                            + " reports a non-finite slice score", d);
                }
            }
        }
        int s = blocks(t);
        d.put("n_slices", t);
        d.put("n_blocks", s);
        d.put("max_pbo", maxPbo);
        if (n < MIN_CANDIDATES) {
            return new GateReport(NAME, GateStatus.SKIP, "SKIP: PBO needs at least " + MIN_CANDIDATES
                    + " candidates, got " + n, d);
        }
        if (s < MIN_BLOCKS) {
            return new GateReport(NAME, GateStatus.SKIP, "SKIP: PBO needs at least " + MIN_BLOCKS
                    + " slices (8 blocks), got " + t, d);
        }
        Result r = compute(scores, s);
        boolean passed = r.pbo() <= maxPbo;
        double meanLogit = 0;
        for (double l : r.logits()) {
            meanLogit += l;
        }
        meanLogit /= r.combinations();
        d.put("combinations", r.combinations());
        d.put("performance", "mean_slice_score");
        d.put("pbo", r.pbo());
        d.put("mean_logit", meanLogit);
        d.put("degradation_slope", Double.isNaN(r.slope()) ? null : r.slope());
        d.put("degradation_intercept", Double.isNaN(r.intercept()) ? null : r.intercept());
        d.put("prob_oos_loss", r.probabilityOfLoss());
        String msg = (passed ? "PASS" : "FAIL") + ": PBO=" + Numbers.fixed(r.pbo(), 3) + (passed ? " <= " : " > ")
                + Numbers.str(maxPbo) + " over " + r.combinations() + " splits (N=" + n + ", T=" + t + ", S=" + s
                + "); degradation slope="
                + (Double.isNaN(r.slope()) ? "undefined" : Numbers.fixed(r.slope(), 3))
                + ", P(OOS loss)=" + Numbers.fixed(r.probabilityOfLoss(), 3);
        return new GateReport(NAME, passed ? GateStatus.PASS : GateStatus.FAIL, msg, d);
    }

    /** @return {slope, intercept} of y on x, NaN when x is constant */
    private static double[] ols(double[] x, double[] y) {
        int m = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < m; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= m;
        my /= m;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < m; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        if (sxx == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double slope = sxy / sxx;
        return new double[] {slope, my - slope * mx};
    }
}
