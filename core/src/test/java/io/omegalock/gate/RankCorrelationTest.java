package io.omegalock.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Spearman and Kendall tau-b against hand computation, against the Python reference
 * {@code tools/gate_reference.py} (exact fractions, explicit pair counts) and against the
 * O(n^2) textbook definitions written out below.
 */
class RankCorrelationTest {

    @Test
    void averageRanksShareTies() {
        assertThat(RankCorrelation.averageRanks(new double[] {10, 20, 20, 5, 20}))
                .containsExactly(2, 4, 4, 1, 4);
        assertThat(RankCorrelation.averageRanks(new double[] {1, 1})).containsExactly(1.5, 1.5);
        assertThat(RankCorrelation.averageRanks(new double[] {0.0, -0.0, 1})).containsExactly(1.5, 1.5, 3);
    }

    @Test
    void handComputedWithoutTies() {
        // x = 1..5, y = 2 1 4 3 5: d = -1 1 -1 1 0, sum d^2 = 4, rho = 1 - 6*4/(5*24) = 0.8.
        // Pairs: (1,2) and (3,4) discordant, the other 8 concordant: tau = (8 - 2)/10 = 0.6.
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {2, 1, 4, 3, 5};
        assertThat(RankCorrelation.spearman(x, y)).isCloseTo(0.8, within(1e-15));
        assertThat(RankCorrelation.kendallTauB(x, y)).isCloseTo(0.6, within(1e-15));
    }

    @Test
    void handComputedWithTies() {
        // x = 1 2 2 3, y = 1 2 3 3. Ranks rx = 1 2.5 2.5 4, ry = 1 2 3.5 3.5, both with mean 2.5:
        // deviations dx = -1.5 0 0 1.5, dy = -1.5 -0.5 1 1; sum dx dy = 3.75, sum dx^2 = sum dy^2 = 4.5,
        // rho = 3.75 / 4.5 = 5/6.
        // Pairs: (1,2) (1,3) (1,4) (2,4) concordant, (2,3) tied in x only, (3,4) tied in y only:
        // C = 4, D = 0, n0 = 6, n1 = n2 = 1, tau-b = 4 / sqrt(5 * 5) = 0.8.
        double[] x = {1, 2, 2, 3};
        double[] y = {1, 2, 3, 3};
        assertThat(RankCorrelation.spearman(x, y)).isCloseTo(5.0 / 6, within(1e-15));
        assertThat(RankCorrelation.kendallTauB(x, y)).isCloseTo(0.8, within(1e-15));
    }

    @Test
    void pythonReferenceValues() {
        // tools/gate_reference.py: spearman / kendall_tau_b of the cases ties7, ties8, neg6.
        double[] x7 = {3, 1, 4, 1, 5, 9, 2};
        double[] y7 = {2, 7, 1, 8, 2, 8, 1};
        assertThat(RankCorrelation.spearman(x7, y7)).isCloseTo(-0.08334762598987157, within(1e-14));
        assertThat(RankCorrelation.kendallTauB(x7, y7)).isCloseTo(-0.05270462766947299, within(1e-14));
        double[] x8 = {1, 1, 2, 2, 3, 3, 4, 4};
        double[] y8 = {1, 2, 1, 3, 2, 4, 3, 4};
        assertThat(RankCorrelation.spearman(x8, y8)).isCloseTo(0.7, within(1e-14));
        assertThat(RankCorrelation.kendallTauB(x8, y8)).isCloseTo(0.5833333333333334, within(1e-14));
        double[] x6 = {6, 5, 4, 3, 2, 1};
        double[] y6 = {1, 3, 2, 5, 4, 6};
        assertThat(RankCorrelation.spearman(x6, y6)).isCloseTo(-0.8857142857142857, within(1e-14));
        assertThat(RankCorrelation.kendallTauB(x6, y6)).isCloseTo(-0.7333333333333333, within(1e-14));
    }

    @Test
    void agreesWithTheQuadraticDefinitionsOnRandomTiedData() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
        for (int rep = 0; rep < 500; rep++) {
            int n = 2 + rng.nextInt(60);
            int levels = 1 + rng.nextInt(12);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextInt(levels);
                y[i] = rep % 3 == 0 ? rng.nextDouble() : rng.nextInt(levels);
            }
            double tau = bruteTauB(x, y);
            double rho = bruteSpearman(x, y);
            if (Double.isNaN(tau)) {
                assertThat(RankCorrelation.kendallTauB(x, y)).isNaN();
            } else {
                assertThat(RankCorrelation.kendallTauB(x, y)).as("tau-b rep %d", rep).isCloseTo(tau, within(1e-12));
            }
            if (Double.isNaN(rho)) {
                assertThat(RankCorrelation.spearman(x, y)).isNaN();
            } else {
                assertThat(RankCorrelation.spearman(x, y)).as("rho rep %d", rep).isCloseTo(rho, within(1e-12));
            }
        }
    }

    @Test
    void withoutTiesSpearmanIsTheSumOfSquaredRankDifferencesFormula() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(8L);
        for (int rep = 0; rep < 100; rep++) {
            int n = 3 + rng.nextInt(40);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = rng.nextDouble();
                y[i] = rng.nextDouble();
            }
            double[] rx = RankCorrelation.averageRanks(x);
            double[] ry = RankCorrelation.averageRanks(y);
            double d2 = 0;
            for (int i = 0; i < n; i++) {
                d2 += (rx[i] - ry[i]) * (rx[i] - ry[i]);
            }
            double expected = 1 - 6 * d2 / ((double) n * ((double) n * n - 1));
            assertThat(RankCorrelation.spearman(x, y)).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void undefinedAndInvalidInputs() {
        assertThat(RankCorrelation.kendallTauB(new double[] {1, 1, 1}, new double[] {1, 2, 3})).isNaN();
        assertThat(RankCorrelation.spearman(new double[] {1, 2, 3}, new double[] {4, 4, 4})).isNaN();
        assertThat(RankCorrelation.spearman(new double[] {1}, new double[] {1})).isNaN();
        assertThatThrownBy(() -> RankCorrelation.spearman(new double[] {1, 2}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RankCorrelation.kendallTauB(new double[] {1, Double.NaN}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        // Signed zeros are one value.
        assertThat(RankCorrelation.kendallTauB(new double[] {0.0, -0.0, 1}, new double[] {2, 1, 3}))
                .isCloseTo(bruteTauB(new double[] {0, 0, 1}, new double[] {2, 1, 3}), within(1e-15));
    }

    /** Kendall (1945): C and D over pairs, pairs tied in x only or in y only counted apart. */
    static double bruteTauB(double[] x, double[] y) {
        long c = 0;
        long d = 0;
        long tx = 0;
        long ty = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                if (dx == 0 && dy == 0) {
                    continue;
                }
                if (dx == 0) {
                    tx++;
                } else if (dy == 0) {
                    ty++;
                } else if ((dx > 0) == (dy > 0)) {
                    c++;
                } else {
                    d++;
                }
            }
        }
        double den = Math.sqrt((double) (c + d + tx) * (c + d + ty));
        return den == 0 ? Double.NaN : (c - d) / den;
    }

    /** Pearson of ranks, each rank counted as #{less} + (#{equal} + 1) / 2. */
    static double bruteSpearman(double[] x, double[] y) {
        double[] rx = bruteRanks(x);
        double[] ry = bruteRanks(y);
        int n = x.length;
        // Average ranks always sum to n (n + 1) / 2.
        double mx = (n + 1) / 2.0;
        double my = mx;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (rx[i] - mx) * (ry[i] - my);
            sxx += (rx[i] - mx) * (rx[i] - mx);
            syy += (ry[i] - my) * (ry[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    static double[] bruteRanks(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            int less = 0;
            int equal = 0;
            for (double w : v) {
                if (w < v[i]) {
                    less++;
                } else if (w == v[i]) {
                    equal++;
                }
            }
            r[i] = less + (equal + 1) / 2.0;
        }
        return r;
    }
}
