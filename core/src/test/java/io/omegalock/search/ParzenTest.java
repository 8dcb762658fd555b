package io.omegalock.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.omegalock.search.TpeSearch.Mode;
import io.omegalock.space.BoolParam;
import io.omegalock.space.ChoiceParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The Parzen estimator against hand computations. Expected log densities were computed with
 * scipy 1.17 ({@code scipy.stats.truncnorm.pdf}, {@code scipy.stats.norm.cdf}) from the
 * components written out in each test.
 */
class ParzenTest {
    private static final TpeDimension X = TpeDimension.of(FloatParam.of("x", 0, 10, 5));
    private static final TpeDimension N = TpeDimension.of(IntParam.of("n", 0, 5, 2));
    private static final TpeDimension B = TpeDimension.of(BoolParam.of("b", false));
    private static final TpeDimension C = TpeDimension.of(ChoiceParam.of("c", List.of("r", "g", "b"), "r"));

    @Test
    void multivariateContinuousMatchesHandComputation() {
        // Bandwidth 0.2 * 2^(-1/5) * 10 = 1.74 is clipped up to 10 / min(100, 2 + 2) = 2.5; prior N(5, 10).
        // Components (2, 2.5), (7, 2.5), (5, 10), weights 1/3 each, truncated to [0, 10].
        Parzen p = new Parzen(List.of(X), new double[][] {{2}, {7}}, Mode.MULTIVARIATE);
        assertThat(p.components()).isEqualTo(3);
        assertThat(p.logPdf(new double[][] {{3}})[0]).isCloseTo(-2.178979825074846, within(1e-12));
    }

    @Test
    void univariateUsesNeighbourGaps() {
        // Sorted centres 2, 5 (prior), 7 in [0, 10]: the outer ones look inwards only,
        // 2 -> 3 and 7 -> 2, clipped up to 2.5. Components (2, 3), (7, 2.5), (5, 10).
        Parzen p = new Parzen(List.of(X), new double[][] {{2}, {7}}, Mode.UNIVARIATE);
        assertThat(p.logPdf(new double[][] {{3}})[0]).isCloseTo(-2.233199881669513, within(1e-12));
    }

    @Test
    void integerScoresTheMassOfEachUnitCell() {
        // [0, 5] widens to [-0.5, 5.5] (range 6); bandwidth 0.2 * 2^(-1/5) * 6 = 1.04 clipped up to 1.5.
        // Components (1, 1.5), (4, 1.5), (2.5, 6); P(2) = sum w_j mass_j([1.5, 2.5]) / mass_j([-0.5, 5.5]).
        Parzen p = new Parzen(List.of(N), new double[][] {{1}, {4}}, Mode.MULTIVARIATE);
        double[] logs = p.logPdf(new double[][] {{2}, {0}});
        assertThat(logs[0]).isCloseTo(-1.6860349577807394, within(1e-12));
        assertThat(logs[1]).isCloseTo(-1.9659598983055424, within(1e-12));
    }

    @Test
    void mixedComponentsMultiplyTheirKernels() {
        // d = 2: bandwidth 0.2 * 2^(-1/6) * 10 = 1.78, clipped up to 2.5. The bool kernel with 3 components
        // gives (1/3 + 1) / (1 + 2/3) = 0.8 to the observed value, 0.2 to the other, the prior 0.5.
        Parzen p = new Parzen(List.of(X, B), new double[][] {{2, 1}, {7, 0}}, Mode.MULTIVARIATE);
        assertThat(p.logPdf(new double[][] {{3, 1}})[0]).isCloseTo(-2.655595803778767, within(1e-12));
    }

    @Test
    void weightsRampOverTheOldestObservations() {
        assertThat(Parzen.observationWeights(0)).isEmpty();
        assertThat(Parzen.observationWeights(24)).containsOnly(1.0).hasSize(24);
        assertThat(Parzen.observationWeights(25)).containsOnly(1.0).hasSize(25);
        assertThat(Parzen.observationWeights(26)[0]).isEqualTo(1.0 / 26);
        // numpy.linspace(1/30, 1, 5) = [0.0333, 0.275, 0.5167, 0.7583, 1.0], then 25 ones.
        double[] w = Parzen.observationWeights(30);
        assertThat(w).hasSize(30);
        assertThat(w[0]).isCloseTo(1.0 / 30, within(1e-15));
        assertThat(w[1]).isCloseTo(0.275, within(1e-15));
        assertThat(w[3]).isCloseTo(0.7583333333333333, within(1e-15));
        assertThat(w[4]).isEqualTo(1.0);
        for (int i = 5; i < 30; i++) {
            assertThat(w[i]).isEqualTo(1.0);
        }
    }

    @Test
    void bandwidthRules() {
        assertThat(Bandwidths.multivariate(10, 2, 4.0)).containsOnly(0.2 * Math.pow(10, -1.0 / 6) * 4.0).hasSize(10);
        assertThat(Bandwidths.multivariate(0, 3, 4.0)).isEmpty();
        assertThat(Bandwidths.neighbourGaps(new double[] {2, 7, 5}, 0, 10)).containsExactly(3, 2, 3);
        // Equal centres keep their given order: sorted 3, 3, 5 between 0 and 10.
        assertThat(Bandwidths.neighbourGaps(new double[] {3, 3, 5}, 0, 10)).containsExactly(0, 2, 2);
        assertThat(Bandwidths.stableOrder(new double[] {2, -1, 2, 0, -1})).containsExactly(1, 4, 3, 0, 2);
        // A lone centre (only the prior) takes the larger gap to the ends.
        assertThat(Bandwidths.neighbourGaps(new double[] {4}, 0, 10)).containsExactly(6);
    }

    @Test
    void mixedDensityIntegratesToOne() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        double[][] rows = new double[40][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {10 * rng.nextDouble(), rng.nextInt(6), rng.nextInt(3)};
        }
        for (Mode mode : Mode.values()) {
            Parzen p = new Parzen(List.of(X, N, C), rows, mode);
            int steps = 4000;
            double h = 10.0 / steps;
            double total = 0;
            for (int n = 0; n <= 5; n++) {
                for (int c = 0; c < 3; c++) {
                    double[][] xs = new double[steps + 1][];
                    for (int i = 0; i <= steps; i++) {
                        xs[i] = new double[] {i * h, n, c};
                    }
                    double[] logs = p.logPdf(xs);
                    double sum = 0;
                    for (int i = 0; i <= steps; i++) {
                        sum += Math.exp(logs[i]) * (i == 0 || i == steps ? 1 : i % 2 == 1 ? 4 : 2);
                    }
                    total += sum * h / 3;
                }
            }
            assertThat(total).as(mode.name()).isCloseTo(1.0, within(1e-8));
        }
    }

    @Test
    void samplesStayOnTheirAxes() {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
        double[][] rows = {{0, 0, 0, 2}, {10, 5, 1, 1}, {9.99, 5, 1, 0}};
        for (Mode mode : Mode.values()) {
            Parzen p = new Parzen(List.of(X, N, B, C), rows, mode);
            for (double[] s : p.sample(rng, 5000)) {
                assertThat(s[0]).isBetween(0.0, 10.0);
                assertThat(s[1]).isBetween(0.0, 5.0).isEqualTo(Math.rint(s[1]));
                assertThat(s[2]).isIn(0.0, 1.0);
                assertThat(s[3]).isIn(0.0, 1.0, 2.0);
            }
        }
    }

    @Test
    void multivariateSamplingDrawsOneComponentForAllDimensions() {
        // Observations (0, 0) and (1, 1) on two bools: components 1/3 each giving 0.8 to their own value,
        // the prior 1/2 everywhere, so P(equal) = 2/3 (0.8^2 + 0.2^2) + 1/3 (1/2) = 0.62, not the 0.5
        // that independent dimensions would give.
        Parzen p = new Parzen(List.of(B, B), new double[][] {{0, 0}, {1, 1}}, Mode.MULTIVARIATE);
        double[][] s = p.sample(RandomSource.XO_RO_SHI_RO_128_PP.create(5L), 40_000);
        int equal = 0;
        for (double[] x : s) {
            equal += x[0] == x[1] ? 1 : 0;
        }
        assertThat(equal / 40_000.0).isCloseTo(0.62, within(0.01));
    }

    @Test
    void emptyDensityIsThePrior() {
        // Only N(5, 10) on [0, 10]: phi(0) / 10 / (Phi(0.5) - Phi(-0.5)), times 1/3 for the choice.
        Parzen p = new Parzen(List.of(X, C), new double[0][], Mode.MULTIVARIATE);
        assertThat(p.components()).isEqualTo(1);
        assertThat(p.logPdf(new double[][] {{5, 1}})[0]).isCloseTo(Math.log(1.0 / 3)
                + Math.log(0.39894228040143270 / 10 / 0.38292492254802624), within(1e-12));
    }
}
