package io.omegalock.gate.power;

import io.omegalock.gate.NullDistribution;
import io.omegalock.gate.PermutationTest;
import io.omegalock.gate.PermutationTest.Statistic;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * For untied data of size n, the probability that the permutation gate passes given the
 * observed integer score, computed once per (statistic, n) so that a battery rep costs a table
 * look-up instead of a permutation test:
 *
 * <ul>
 *   <li>n &lt;= 10: the gate's p-value is exact, so the pass probability is
 *       {@code 1[P(S >= s) <= alpha]}, read from the same cached null distribution the gate uses;</li>
 *   <li>n &gt; 10: the gate draws B = 10,000 uniform orderings and passes when
 *       {@code (1 + K) / (B + 1) <= alpha}, K the draws scoring at least s. Given the data, K is
 *       Binomial(B, p) with p = P(S >= s) exactly, so the pass probability is
 *       {@code P(Binomial(B, p) <= kmax)}. Averaging it over reps is an unbiased (and lower
 *       variance) estimate of the Monte Carlo gate's pass rate. p is exact for Kendall (n &lt;= 20,
 *       Mahonian numbers) and, for Spearman, estimated from a seeded reference sample of
 *       {@value #SPEARMAN_REFERENCE_DRAWS} orderings (standard error below 1.1e-4 at p = 0.05).</li>
 * </ul>
 */
final class RankPassTable {
    /** Reference orderings for Spearman's null above n = 10 (2^22). */
    static final int SPEARMAN_REFERENCE_DRAWS = 1 << 22;

    private final Statistic statistic;
    private final int n;
    private final long minScore;
    private final long step;
    private final double[] tail;
    private final double[] pass;
    private final String method;

    private RankPassTable(Statistic statistic, int n, long minScore, long step, double[] tail, double[] pass,
                          String method) {
        this.statistic = statistic;
        this.tail = tail;
        this.n = n;
        this.minScore = minScore;
        this.step = step;
        this.pass = pass;
        this.method = method;
    }

    /**
     * @param statistic which coefficient
     * @param n         sample size, 3..20
     * @param alpha     the gate's level
     * @param rng       source of the Spearman reference sample (used only for Spearman above 10)
     * @return the table
     */
    static RankPassTable build(Statistic statistic, int n, double alpha, UniformRandomProvider rng) {
        long step = statistic == Statistic.SPEARMAN ? 4 : 2;
        long min;
        long max;
        if (statistic == Statistic.SPEARMAN) {
            min = 4L * n * (n + 1) * (n + 2) / 6;
            max = 4L * n * (n + 1) * (2 * n + 1) / 6;
        } else {
            max = (long) n * (n - 1) / 2;
            min = -max;
        }
        int size = (int) ((max - min) / step) + 1;
        double[] tail = new double[size];
        String method;
        if (n <= PermutationTest.EXACT_MAX_N || statistic == Statistic.KENDALL) {
            NullDistribution d = PermutationTest.nullDistribution(statistic, n);
            for (int i = 0; i < size; i++) {
                tail[i] = d.upperTail(min + step * i);
            }
            method = n <= PermutationTest.EXACT_MAX_N ? "exact" : "monte_carlo_gate(exact_null)";
        } else {
            long[] hist = new long[size];
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i + 1;
            }
            for (int r = 0; r < SPEARMAN_REFERENCE_DRAWS; r++) {
                for (int i = n - 1; i > 0; i--) {
                    int j = rng.nextInt(i + 1);
                    int t = perm[i];
                    perm[i] = perm[j];
                    perm[j] = t;
                }
                long u = 0;
                for (int i = 0; i < n; i++) {
                    u += (long) (i + 1) * perm[i];
                }
                hist[(int) ((4 * u - min) / step)]++;
            }
            long run = 0;
            for (int i = size - 1; i >= 0; i--) {
                run += hist[i];
                tail[i] = (double) run / SPEARMAN_REFERENCE_DRAWS;
            }
            method = "monte_carlo_gate(reference_sample_" + SPEARMAN_REFERENCE_DRAWS + ")";
        }
        double[] pass = new double[size];
        if (n <= PermutationTest.EXACT_MAX_N) {
            for (int i = 0; i < size; i++) {
                pass[i] = tail[i] <= alpha ? 1.0 : 0.0;
            }
        } else {
            int b = PermutationTest.MONTE_CARLO_DRAWS;
            // The gate passes when (1.0 + K) / (B + 1.0) <= alpha: the same expression, so the same cut.
            int kmax = -1;
            while ((1.0 + (kmax + 1)) / (b + 1.0) <= alpha) {
                kmax++;
            }
            for (int i = 0; i < size; i++) {
                pass[i] = kmax < 0 ? 0.0 : BinomialDistribution.of(b, tail[i]).cumulativeProbability(kmax);
            }
        }
        return new RankPassTable(statistic, n, min, step, tail, pass, method);
    }

    /**
     * @param score the integer score of untied data ({@link PermutationTest#score})
     * @return the probability that the gate passes
     */
    double passProbability(long score) {
        return pass[(int) ((score - minScore) / step)];
    }

    /**
     * @param score the integer score of untied data
     * @return {@code P(S >= score)} under the null, as the table holds it
     */
    double upperTail(long score) {
        return tail[(int) ((score - minScore) / step)];
    }

    /** @return how the table was made */
    String method() {
        return method;
    }

    /** @return the statistic */
    Statistic statistic() {
        return statistic;
    }

    /** @return n */
    int n() {
        return n;
    }
}
