package io.omegalock.gate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * One-sided permutation tests of "no association" against "positive association" for
 * Spearman's rho and Kendall's tau-b. The x values stay fixed and the y values are permuted;
 * both coefficients are increasing functions of an integer score whose denominator does not
 * change under permutation, so the test compares integer scores and is free of rounding:
 *
 * <ul>
 *   <li>Spearman: {@code sum_i (2 rank(x_i)) (2 rank(y_i))}, with average ranks;</li>
 *   <li>Kendall: {@code C - D = sum_{i<j} sgn(x_i - x_j) sgn(y_i - y_j)}.</li>
 * </ul>
 *
 * <p>p-values: for {@code n <= }{@value #EXACT_MAX_N} exact, {@code #{orderings with score >=
 * observed} / n!}, read from a cached null distribution when there are no ties and counted
 * over all {@code n!} orderings otherwise; above that, Monte Carlo with
 * {@value #MONTE_CARLO_DRAWS} seeded uniform shuffles and {@code p = (1 + #{score* >= score}) /
 * (B + 1)} (Phipson and Smyth 2010, "Permutation p-values should never be zero"), which is a
 * valid p-value for any B.
 */
public final class PermutationTest {
    /** Largest n with an exact p-value. */
    public static final int EXACT_MAX_N = 10;
    /** Monte Carlo draws above {@link #EXACT_MAX_N}. */
    public static final int MONTE_CARLO_DRAWS = 10_000;
    /** Largest n whose factorial fits a long (and so whose exact null can be tabulated). */
    static final int MAX_TABULATED_N = 20;

    private static final Map<String, NullDistribution> CACHE = new ConcurrentHashMap<>();

    private PermutationTest() {
    }

    /** The rank statistic. */
    public enum Statistic {
        /** Spearman's rho (average ranks). */
        SPEARMAN("spearman"),
        /** Kendall's tau-b. */
        KENDALL("kendall_tau_b");

        private final String key;

        Statistic(String key) {
            this.key = key;
        }

        /** @return the artifact key, {@code spearman} or {@code kendall_tau_b} */
        public String key() {
            return key;
        }
    }

    /** How a p-value was obtained. */
    public enum Method {
        /** Looked up in the cached exact null distribution (no ties). */
        EXACT_NULL_DISTRIBUTION("exact_null_distribution"),
        /** Counted over all n! orderings of the data (ties present). */
        EXACT_ENUMERATION("exact_enumeration"),
        /** Seeded Monte Carlo. */
        MONTE_CARLO("monte_carlo");

        private final String key;

        Method(String key) {
            this.key = key;
        }

        /** @return the artifact key */
        public String key() {
            return key;
        }
    }

    /**
     * @param statistic        which coefficient
     * @param value            the coefficient (rho or tau-b)
     * @param score            its integer score (see the class comment)
     * @param pValue           the one-sided p-value
     * @param method           how the p-value was obtained
     * @param permutations     orderings counted ({@code n!}) or drawn (B)
     * @param atLeastAsExtreme orderings (or draws) with a score {@code >=} the observed one
     * @param ties             whether x or y holds tied values
     */
    public record Result(Statistic statistic, double value, long score, double pValue, Method method,
                         long permutations, long atLeastAsExtreme, boolean ties) {
    }

    /**
     * The test as the gates run it: exact for {@code n <= 10}, else Monte Carlo with B = 10,000.
     *
     * @param statistic which coefficient
     * @param x         train scores
     * @param y         test scores, same candidates, same order
     * @param seed      seed of the Monte Carlo draws (unused when exact)
     * @return the result
     * @throws IllegalArgumentException when n &lt; 2, lengths differ, a value is not finite or one
     *                                  side is constant
     */
    public static Result test(Statistic statistic, double[] x, double[] y, long seed) {
        check(x, y);
        if (x.length <= EXACT_MAX_N) {
            return exact(statistic, x, y);
        }
        return monteCarlo(statistic, x, y, MONTE_CARLO_DRAWS, seed);
    }

    /**
     * The exact p-value: from the cached null distribution without ties, by counting all
     * {@code n!} orderings with ties.
     *
     * @param statistic which coefficient
     * @param x         train scores
     * @param y         test scores
     * @return the result
     * @throws IllegalArgumentException as {@link #test}, or when n exceeds {@value #EXACT_MAX_N}
     */
    public static Result exact(Statistic statistic, double[] x, double[] y) {
        check(x, y);
        int n = x.length;
        if (n > EXACT_MAX_N) {
            throw new IllegalArgumentException("exact permutation p-values are limited to n <= " + EXACT_MAX_N
                    + ", got " + n);
        }
        int[] a = codes(x);
        int[] b = codes(y);
        long observed = score(statistic, a, b);
        boolean ties = RankCorrelation.hasTies(x) || RankCorrelation.hasTies(y);
        long count;
        long total;
        Method method;
        if (!ties) {
            NullDistribution d = nullDistribution(statistic, n);
            count = d.countAtLeast(observed);
            total = d.total();
            method = Method.EXACT_NULL_DISTRIBUTION;
        } else {
            long[] c = new long[1];
            enumerate(statistic, a, b, s -> {
                if (s >= observed) {
                    c[0]++;
                }
            });
            count = c[0];
            total = factorial(n);
            method = Method.EXACT_ENUMERATION;
        }
        return new Result(statistic, value(statistic, x, y), observed, (double) count / total, method, total, count,
                ties);
    }

    /**
     * The Monte Carlo p-value {@code (1 + #{score* >= score}) / (draws + 1)} over seeded uniform
     * shuffles of y (Fisher-Yates on {@code XO_RO_SHI_RO_128_PP}).
     *
     * @param statistic which coefficient
     * @param x         train scores
     * @param y         test scores
     * @param draws     B, {@code >= 1}
     * @param seed      the seed; the same seed gives the same p-value
     * @return the result
     * @throws IllegalArgumentException as {@link #test}, or when draws &lt; 1
     */
    public static Result monteCarlo(Statistic statistic, double[] x, double[] y, int draws, long seed) {
        check(x, y);
        if (draws < 1) {
            throw new IllegalArgumentException("Monte Carlo draws must be >= 1, got " + draws);
        }
        int[] a = codes(x);
        int[] b = codes(y);
        long observed = score(statistic, a, b);
        int[][] signs = statistic == Statistic.KENDALL ? signs(a) : null;
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int n = b.length;
        long count = 0;
        for (int d = 0; d < draws; d++) {
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = b[i];
                b[i] = b[j];
                b[j] = t;
            }
            long s = statistic == Statistic.KENDALL ? kendallScore(signs, b) : spearmanScore(a, b);
            if (s >= observed) {
                count++;
            }
        }
        boolean ties = RankCorrelation.hasTies(x) || RankCorrelation.hasTies(y);
        return new Result(statistic, value(statistic, x, y), observed, (1.0 + count) / (draws + 1.0),
                Method.MONTE_CARLO, draws, count, ties);
    }

    /**
     * The exact null distribution of the score for n untied values, computed once per (statistic,
     * n) and cached: Spearman by enumerating all n! orderings ({@code n <= 10}), Kendall from the
     * inversion counts (Mahonian numbers, OEIS A008302; {@code n <= 20}).
     *
     * @param statistic which coefficient
     * @param n         sample size, {@code >= 2}
     * @return the distribution
     * @throws IllegalArgumentException when n is out of range
     */
    public static NullDistribution nullDistribution(Statistic statistic, int n) {
        int max = statistic == Statistic.SPEARMAN ? EXACT_MAX_N : MAX_TABULATED_N;
        if (n < 2 || n > max) {
            throw new IllegalArgumentException("exact " + statistic.key() + " null distribution needs 2 <= n <= "
                    + max + ", got " + n);
        }
        return CACHE.computeIfAbsent(statistic.key() + "/" + n,
                k -> statistic == Statistic.SPEARMAN ? spearmanNull(n) : kendallNull(n));
    }

    /**
     * The integer score of untied or tied data, as the test compares it.
     *
     * @param statistic which coefficient
     * @param x         x values
     * @param y         y values
     * @return the score
     */
    public static long score(Statistic statistic, double[] x, double[] y) {
        check(x, y);
        return score(statistic, codes(x), codes(y));
    }

    /** @return n!, for {@code 0 <= n <= 20} */
    static long factorial(int n) {
        long f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    private static NullDistribution spearmanNull(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = 2 * (i + 1);
        }
        // Scores are 4 * sum i pi(i), between 4 n(n+1)(n+2)/6 and 4 n(n+1)(2n+1)/6.
        long min = 4L * n * (n + 1) * (n + 2) / 6;
        long max = 4L * n * (n + 1) * (2 * n + 1) / 6;
        long[] hist = new long[(int) ((max - min) / 4) + 1];
        enumerate(Statistic.SPEARMAN, a, a.clone(), s -> hist[(int) ((s - min) / 4)]++);
        return compress(n, min, 4, hist);
    }

    private static NullDistribution kendallNull(int n) {
        // Mahonian numbers: orderings of n items with k inversions, M(n, k) = sum_{j=0}^{min(k, n-1)} M(n-1, k-j).
        int maxInv = n * (n - 1) / 2;
        long[] m = new long[maxInv + 1];
        m[0] = 1;
        for (int size = 2; size <= n; size++) {
            long[] next = new long[maxInv + 1];
            int top = size * (size - 1) / 2;
            for (int k = 0; k <= top; k++) {
                long s = 0;
                for (int j = 0; j <= Math.min(k, size - 1); j++) {
                    s += m[k - j];
                }
                next[k] = s;
            }
            m = next;
        }
        // Score C - D = n0 - 2 * inversions: ascending score is descending inversions.
        long[] hist = new long[maxInv + 1];
        for (int k = 0; k <= maxInv; k++) {
            hist[maxInv - k] = m[k];
        }
        return compress(n, -maxInv, 2, hist);
    }

    private static NullDistribution compress(int n, long min, long step, long[] hist) {
        int kept = 0;
        for (long h : hist) {
            if (h > 0) {
                kept++;
            }
        }
        long[] scores = new long[kept];
        long[] counts = new long[kept];
        int j = 0;
        for (int i = 0; i < hist.length; i++) {
            if (hist[i] > 0) {
                scores[j] = min + step * i;
                counts[j] = hist[i];
                j++;
            }
        }
        return new NullDistribution(n, scores, counts);
    }

    /**
     * Visits the score of every ordering of b (Heap's algorithm, one swap per step, the score
     * updated incrementally).
     */
    private static void enumerate(Statistic statistic, int[] a, int[] b0, LongConsumer visit) {
        int n = a.length;
        int[] b = b0.clone();
        int[] c = new int[n];
        int[][] signs = statistic == Statistic.KENDALL ? signs(a) : null;
        long s = statistic == Statistic.KENDALL ? kendallScore(signs, b) : spearmanScore(a, b);
        visit.accept(s);
        int i = 1;
        while (i < n) {
            if (c[i] < i) {
                int p = (i & 1) == 0 ? 0 : c[i];
                if (statistic == Statistic.KENDALL) {
                    s += kendallSwap(signs, b, p, i);
                } else {
                    s += (long) (a[p] - a[i]) * (b[i] - b[p]);
                    int t = b[p];
                    b[p] = b[i];
                    b[i] = t;
                }
                visit.accept(s);
                c[i]++;
                i = 1;
            } else {
                c[i] = 0;
                i++;
            }
        }
    }

    /** Swaps b[p] and b[q]; returns the change of the Kendall score. */
    private static long kendallSwap(int[][] signs, int[] b, int p, int q) {
        long before = pairsWith(signs, b, p) + pairsWith(signs, b, q) - (long) signs[p][q] * Integer.signum(b[p] - b[q]);
        int t = b[p];
        b[p] = b[q];
        b[q] = t;
        long after = pairsWith(signs, b, p) + pairsWith(signs, b, q) - (long) signs[p][q] * Integer.signum(b[p] - b[q]);
        return after - before;
    }

    private static long pairsWith(int[][] signs, int[] b, int p) {
        long s = 0;
        int[] row = signs[p];
        int bp = b[p];
        for (int k = 0; k < b.length; k++) {
            s += row[k] * Integer.signum(bp - b[k]);
        }
        return s;
    }

    private static long score(Statistic statistic, int[] a, int[] b) {
        return statistic == Statistic.KENDALL ? kendallScore(signs(a), b) : spearmanScore(a, b);
    }

    private static long spearmanScore(int[] a, int[] b) {
        long s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (long) a[i] * b[i];
        }
        return s;
    }

    private static long kendallScore(int[][] signs, int[] b) {
        long s = 0;
        for (int i = 0; i < b.length; i++) {
            int[] row = signs[i];
            int bi = b[i];
            for (int j = i + 1; j < b.length; j++) {
                s += row[j] * Integer.signum(bi - b[j]);
            }
        }
        return s;
    }

    private static int[][] signs(int[] a) {
        int n = a.length;
        int[][] s = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i][j] = Integer.signum(a[i] - a[j]);
            }
        }
        return s;
    }

    /** Twice the average ranks: integers that order (and tie) exactly as the values do. */
    private static int[] codes(double[] v) {
        double[] r = RankCorrelation.averageRanks(v);
        int[] c = new int[r.length];
        for (int i = 0; i < r.length; i++) {
            c[i] = (int) Math.round(2 * r[i]);
        }
        return c;
    }

    private static double value(Statistic statistic, double[] x, double[] y) {
        return statistic == Statistic.KENDALL ? RankCorrelation.kendallTauB(x, y) : RankCorrelation.spearman(x, y);
    }

    private static void check(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("samples differ in length: " + x.length + " vs " + y.length);
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("a permutation test needs at least 2 points, got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("non-finite value at index " + i);
            }
        }
        if (constant(x) || constant(y)) {
            throw new IllegalArgumentException("every value of one sample is the same: no rank association "
                    + "can be measured");
        }
    }

    private static boolean constant(double[] v) {
        for (double d : v) {
            if (d != v[0]) {
                return false;
            }
        }
        return true;
    }
}
