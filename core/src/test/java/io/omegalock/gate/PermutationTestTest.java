package io.omegalock.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.omegalock.gate.PermutationTest.Method;
import io.omegalock.gate.PermutationTest.Result;
import io.omegalock.gate.PermutationTest.Statistic;
import java.util.function.ToDoubleBiFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Permutation p-values against full enumeration: the Python reference
 * ({@code tools/gate_reference.py}, itertools over every ordering, coefficients from pair
 * counts), a recursive enumeration here over the floating-point coefficients, OEIS A008302 for
 * Kendall's null and the published one-sided Spearman critical values (Zar 1972, JASA 67,
 * 578-580; reproduced by enumeration in the Python reference).
 */
class PermutationTestTest {

    @Test
    void pythonEnumerationValues() {
        // tools/gate_reference.py: p_spearman and p_kendall as hits / n!.
        assertExact(new double[] {1, 2, 3, 4, 5}, new double[] {2, 1, 4, 3, 5}, 8, 14, 120,
                Method.EXACT_NULL_DISTRIBUTION);
        assertExact(new double[] {1, 2, 2, 3}, new double[] {1, 2, 3, 3}, 4, 4, 24, Method.EXACT_ENUMERATION);
        assertExact(new double[] {3, 1, 4, 1, 5, 9, 2}, new double[] {2, 7, 1, 8, 2, 8, 1}, 2896, 3096, 5040,
                Method.EXACT_ENUMERATION);
        assertExact(new double[] {1, 1, 2, 2, 3, 3, 4, 4}, new double[] {1, 2, 1, 3, 2, 4, 3, 4}, 1664, 1536,
                40320, Method.EXACT_ENUMERATION);
        assertExact(new double[] {6, 5, 4, 3, 2, 1}, new double[] {1, 3, 2, 5, 4, 6}, 714, 714, 720,
                Method.EXACT_NULL_DISTRIBUTION);
    }

    private static void assertExact(double[] x, double[] y, long spearmanHits, long kendallHits, long total,
                                    Method method) {
        Result s = PermutationTest.exact(Statistic.SPEARMAN, x, y);
        Result k = PermutationTest.exact(Statistic.KENDALL, x, y);
        assertThat(s.atLeastAsExtreme()).isEqualTo(spearmanHits);
        assertThat(k.atLeastAsExtreme()).isEqualTo(kendallHits);
        assertThat(s.permutations()).isEqualTo(total);
        assertThat(s.pValue()).isEqualTo((double) spearmanHits / total);
        assertThat(k.pValue()).isEqualTo((double) kendallHits / total);
        assertThat(s.method()).isEqualTo(method);
        assertThat(k.method()).isEqualTo(method);
        // test() is exact at these sizes.
        assertThat(PermutationTest.test(Statistic.SPEARMAN, x, y, 1L)).isEqualTo(s);
    }

    @Test
    void exactEqualsRecursiveEnumerationOfTheCoefficients() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        int checked = 0;
        while (checked < 120) {
            int n = 3 + rng.nextInt(5);
            int levels = 2 + rng.nextInt(6);
            double[] x = new double[n];
            double[] y = new double[n];
            boolean continuous = checked % 4 == 0;
            for (int i = 0; i < n; i++) {
                x[i] = continuous ? rng.nextDouble() : rng.nextInt(levels);
                y[i] = continuous ? rng.nextDouble() : rng.nextInt(levels);
            }
            if (Double.isNaN(RankCorrelationTest.bruteTauB(x, y))) {
                continue; // one side constant: undefined
            }
            long[] hs = bruteHits(x, y, RankCorrelationTest::bruteSpearman);
            long[] hk = bruteHits(x, y, RankCorrelationTest::bruteTauB);
            assertThat(PermutationTest.exact(Statistic.SPEARMAN, x, y).atLeastAsExtreme()).isEqualTo(hs[0]);
            assertThat(PermutationTest.exact(Statistic.KENDALL, x, y).atLeastAsExtreme()).isEqualTo(hk[0]);
            checked++;
        }
    }

    @Test
    void exactNullDistributionEqualsEnumerationAtNine() {
        // n = 9 without ties: the cached table must match a direct count over all 9! orderings.
        double[] x = {0.3, 1.2, 0.7, 2.2, 1.9, 0.1, 3.3, 2.8, 0.9};
        double[] y = {0.5, 0.4, 1.1, 2.0, 2.6, 0.2, 1.7, 3.1, 0.8};
        for (Statistic st : Statistic.values()) {
            Result r = PermutationTest.exact(st, x, y);
            assertThat(r.method()).isEqualTo(Method.EXACT_NULL_DISTRIBUTION);
            assertThat(r.permutations()).isEqualTo(362_880L);
            long[] hits = bruteHits(x, y, st == Statistic.SPEARMAN ? RankCorrelationTest::bruteSpearman
                    : RankCorrelationTest::bruteTauB);
            assertThat(r.atLeastAsExtreme()).as(st.key()).isEqualTo(hits[0]);
            assertThat(r.value()).isCloseTo(st == Statistic.SPEARMAN ? RankCorrelationTest.bruteSpearman(x, y)
                    : RankCorrelationTest.bruteTauB(x, y), within(1e-12));
        }
    }

    @Test
    void kendallNullIsTheMahonianTriangle() {
        // OEIS A008302, rows n = 4 and 5: permutations of n with k inversions, k = 0..n(n-1)/2.
        // The score C - D = n(n-1)/2 - 2k, so ascending scores list the row backwards.
        assertMahonian(4, new long[] {1, 3, 5, 6, 5, 3, 1});
        assertMahonian(5, new long[] {1, 4, 9, 15, 20, 22, 20, 15, 9, 4, 1});
        NullDistribution d20 = PermutationTest.nullDistribution(Statistic.KENDALL, 20);
        assertThat(d20.total()).isEqualTo(2_432_902_008_176_640_000L); // 20!
        assertThat(d20.countAtLeast(190)).isEqualTo(1);
        assertThat(d20.countAtLeast(188)).isEqualTo(20); // 1 + 19 adjacent transpositions
    }

    private static void assertMahonian(int n, long[] row) {
        NullDistribution d = PermutationTest.nullDistribution(Statistic.KENDALL, n);
        long[] scores = d.scores();
        assertThat(scores).hasSize(row.length);
        for (int i = 0; i < row.length; i++) {
            long exactly = d.countAtLeast(scores[i]) - (i + 1 < row.length ? d.countAtLeast(scores[i + 1]) : 0);
            assertThat(exactly).isEqualTo(row[row.length - 1 - i]);
        }
    }

    @Test
    void spearmanNullReproducesPublishedCriticalValues() {
        // Zar (1972) one-sided alpha = 0.05 critical values of rho: n=5 0.900, 6 0.829, 7 0.714,
        // 8 0.643, 9 0.600 (the Python reference finds the same by enumeration, with tails
        // 5/120, 21/720, 222/5040, 1939/40320, 17563/362880).
        double[] crit = {0.9, 0.8285714285714285, 0.7142857142857143, 0.6428571428571428, 0.6};
        long[] tails = {5, 21, 222, 1939, 17563};
        for (int n = 5; n <= 9; n++) {
            NullDistribution d = PermutationTest.nullDistribution(Statistic.SPEARMAN, n);
            assertThat(d.total()).isEqualTo(PermutationTest.factorial(n));
            // rho = 1 - 6 sum d^2 / (n(n^2-1)) and score = 4 sum i pi(i) = 4 (sum i^2 - sum d^2 / 2).
            long sumSq = (long) n * (n + 1) * (2 * n + 1) / 6;
            long d2 = Math.round((1 - crit[n - 5]) * n * ((long) n * n - 1) / 6);
            long score = 4 * (sumSq - d2 / 2);
            assertThat(d.countAtLeast(score)).as("n=%d", n).isEqualTo(tails[n - 5]);
            assertThat(d.upperTail(score)).isLessThanOrEqualTo(0.05);
            // The next attainable score below is no longer significant at 5%.
            long[] s = d.scores();
            int i = java.util.Arrays.binarySearch(s, score);
            assertThat(d.upperTail(s[i - 1])).isGreaterThan(0.05);
        }
        // n = 10 (too slow to enumerate in the Python reference): Zar's 0.564 is sum d^2 = 72,
        // rho = 0.5636; it must be the smallest rho whose upper tail is at most 0.05.
        NullDistribution d10 = PermutationTest.nullDistribution(Statistic.SPEARMAN, 10);
        long score72 = 4 * (385 - 72 / 2);
        long score74 = 4 * (385 - 74 / 2);
        assertThat(d10.upperTail(score72)).isLessThanOrEqualTo(0.05);
        assertThat(d10.upperTail(score74)).isGreaterThan(0.05);
    }

    @Test
    void monteCarloIsWithinSamplingErrorOfExactAtTen() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(12L);
        for (int rep = 0; rep < 8; rep++) {
            double[] x = new double[10];
            double[] y = new double[10];
            for (int i = 0; i < 10; i++) {
                x[i] = rng.nextDouble();
                y[i] = 0.4 * x[i] + rng.nextDouble();
                if (rep % 2 == 1) {
                    y[i] = Math.floor(4 * y[i]); // ties: exact by enumeration
                }
            }
            for (Statistic st : Statistic.values()) {
                Result exact = PermutationTest.exact(st, x, y);
                Result mc = PermutationTest.monteCarlo(st, x, y, PermutationTest.MONTE_CARLO_DRAWS, 1000L + rep);
                double p = exact.pValue();
                double tol = 4 * Math.sqrt(p * (1 - p) / PermutationTest.MONTE_CARLO_DRAWS) + 2.0 / 10_001;
                assertThat(mc.method()).isEqualTo(Method.MONTE_CARLO);
                assertThat(mc.pValue()).as("%s rep %d exact %s", st, rep, p).isCloseTo(p, within(tol));
                assertThat(mc.score()).isEqualTo(exact.score());
            }
        }
    }

    @Test
    void monteCarloAboveTenIsSeededAndValid() {
        double[] x = new double[15];
        double[] y = new double[15];
        for (int i = 0; i < 15; i++) {
            x[i] = i;
            y[i] = (i * 7) % 15;
        }
        Result a = PermutationTest.test(Statistic.KENDALL, x, y, 42L);
        Result b = PermutationTest.test(Statistic.KENDALL, x, y, 42L);
        assertThat(a).isEqualTo(b);
        assertThat(a.method()).isEqualTo(Method.MONTE_CARLO);
        assertThat(a.permutations()).isEqualTo(10_000);
        assertThat(a.pValue()).isEqualTo((1.0 + a.atLeastAsExtreme()) / 10_001);
        // Kendall's exact null is tabulated up to 20: compare the Monte Carlo estimate with it.
        double exact = PermutationTest.nullDistribution(Statistic.KENDALL, 15).upperTail(a.score());
        assertThat(a.pValue()).isCloseTo(exact, within(4 * Math.sqrt(exact * (1 - exact) / 10_000) + 2e-4));
        // A perfect ordering at n = 15 can never be beaten: p = 1 / (B + 1).
        assertThat(PermutationTest.test(Statistic.SPEARMAN, x, x, 1L).pValue()).isEqualTo(1.0 / 10_001);
    }

    @Test
    void invalidInputs() {
        assertThatThrownBy(() -> PermutationTest.test(Statistic.SPEARMAN, new double[] {1}, new double[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PermutationTest.test(Statistic.SPEARMAN, new double[] {1, 1, 1},
                new double[] {1, 2, 3}, 0)).hasMessageContaining("same");
        assertThatThrownBy(() -> PermutationTest.exact(Statistic.KENDALL, new double[11], new double[11]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PermutationTest.nullDistribution(Statistic.SPEARMAN, 11))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** {hits, total}: orderings of y whose coefficient is at least the observed one (1e-12 slack). */
    static long[] bruteHits(double[] x, double[] y, ToDoubleBiFunction<double[], double[]> stat) {
        double observed = stat.applyAsDouble(x, y);
        long[] out = new long[2];
        permute(y.clone(), 0, p -> {
            out[1]++;
            if (stat.applyAsDouble(x, p) >= observed - 1e-12) {
                out[0]++;
            }
        });
        return out;
    }

    private static void permute(double[] a, int k, java.util.function.Consumer<double[]> visit) {
        if (k == a.length) {
            visit.accept(a);
            return;
        }
        for (int i = k; i < a.length; i++) {
            double t = a[k];
            a[k] = a[i];
            a[i] = t;
            permute(a, k + 1, visit);
            a[i] = a[k];
            a[k] = t;
        }
    }
}
