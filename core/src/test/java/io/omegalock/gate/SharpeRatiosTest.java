package io.omegalock.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PSR and DSR against the numeric example of Bailey and Lopez de Prado (2014), "The Deflated
 * Sharpe Ratio", and against the Python reference {@code tools/gate_reference.py}
 * (statistics.NormalDist, statistics.stdev and moment sums written out).
 */
class SharpeRatiosTest {

    @Test
    void deflatedSharpeRatioPaperExample() {
        // Bailey and Lopez de Prado (2014): annualised SR 2.5 on 5 years of daily returns
        // (T = 1250, 250 per year), skewness -3, kurtosis 10, N = 100 trials whose annualised
        // Sharpe ratios have variance 1/2. The paper reports SR0 = 0.1132 (daily) and DSR = 0.9004.
        double sr = 2.5 / Math.sqrt(250);
        double sr0 = SharpeRatios.expectedMaxSharpe(0.5 / 250, 100);
        assertThat(sr0).isCloseTo(0.1132, within(5e-5));
        double dsr = SharpeRatios.psr(sr, sr0, 1250, -3, 10);
        assertThat(dsr).isCloseTo(0.9004, within(5e-5));
        // The Python reference gives SR0=0.11317200186513214, DSR=0.9003968344493904.
        assertThat(sr0).isCloseTo(0.11317200186513214, within(1e-12));
        assertThat(dsr).isCloseTo(0.9003968344493904, within(1e-12));
    }

    @Test
    void psrOfNormalReturnsReducesToTheTextbookForm() {
        // g3 = 0, g4 = 3: PSR = Phi((SR - SR*) sqrt(T - 1) / sqrt(1 + SR^2 / 2)).
        double sr = 0.1;
        double z = sr * Math.sqrt(99) / Math.sqrt(1 + sr * sr / 2);
        assertThat(SharpeRatios.psr(sr, 0, 100, 0, 3))
                .isCloseTo(org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1)
                        .cumulativeProbability(z), within(1e-15));
        assertThat(SharpeRatios.psr(0.3, 0.3, 50, 1, 5)).isEqualTo(0.5);
        assertThat(SharpeRatios.psr(1, 0, 10, 4, 1)).isNaN(); // 1 - 4 + 0 < 0
    }

    /** The reference's returns: drift + LCG noise / 1000, minus 0.05 on draws below -45. */
    static double[] returns(long seed, int t, double drift) {
        double[] noise = PboTest.lcgMatrix(1, t, seed)[0];
        double[] r = new double[t];
        for (int i = 0; i < t; i++) {
            r[i] = drift + noise[i] / 1000.0;
            if (noise[i] < -45) {
                r[i] -= 0.05;
            }
        }
        return r;
    }

    @Test
    void pythonReferenceSeries() {
        // candidate k = 0..4: seed 10 + k, T = 250, drift 0.002 k.
        double[][] expected = {
                {-0.08379412689596184, -0.7580965606681845, 3.482649149309182, 0.08641113095405245},
                {0.03717467515640561, -0.8433165517062127, 3.6766465784517077, 0.7181529806512269},
                {0.10766483899537062, -0.8550135811431968, 3.512861805632523, 0.9474211681384587},
                {0.09175092833083505, -0.889143529292349, 3.6125626318873794, 0.9175240654593957},
                {0.28674005944475517, -0.7322092751538443, 3.636113690956128, 0.9999714278073035}};
        List<double[]> all = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            double[] r = returns(10 + k, 250, 0.002 * k);
            all.add(r);
            SharpeRatios.Moments m = SharpeRatios.moments(r);
            assertThat(m.sharpe()).isCloseTo(expected[k][0], within(1e-12));
            assertThat(m.skewness()).isCloseTo(expected[k][1], within(1e-10));
            assertThat(m.kurtosis()).isCloseTo(expected[k][2], within(1e-10));
            assertThat(SharpeRatios.psr(m.sharpe(), 0, 250, m.skewness(), m.kurtosis()))
                    .isCloseTo(expected[k][3], within(1e-10));
        }
        // V[SR]=0.017998694818985538 SR0=0.15999747432123454 DSR(candidate 4)=0.962362950985582
        GateReport r = SharpeRatios.evaluate(all, 4, SharpeRatios.DEFAULT_MIN_DSR);
        assertThat(r.status()).isEqualTo(GateStatus.PASS);
        assertThat((double) r.detail().get("sharpe_variance")).isCloseTo(0.017998694818985538, within(1e-13));
        assertThat((double) r.detail().get("sr0")).isCloseTo(0.15999747432123454, within(1e-12));
        assertThat((double) r.detail().get("dsr")).isCloseTo(0.962362950985582, within(1e-10));
        assertThat(r.message()).isEqualTo("PASS: DSR=0.962 >= 0.95 (SR=0.2867 per period, SR0=0.1600 from 5 trials, "
                + "T=250)");
        // Candidate 2 has PSR(0) = 0.947 but is deflated well below 0.95.
        assertThat(SharpeRatios.evaluate(all, 2, 0.95).status()).isEqualTo(GateStatus.FAIL);
    }

    @Test
    void oneTrialIsNotDeflated() {
        double[] r = returns(14, 250, 0.008);
        GateReport g = SharpeRatios.evaluate(List.of(r), 0, 0.95);
        assertThat(g.detail()).containsEntry("sr0", 0.0).containsEntry("sharpe_variance", 0.0);
        assertThat(g.detail().get("dsr")).isEqualTo(g.detail().get("psr0"));
        assertThat(SharpeRatios.expectedMaxSharpe(4.0, 1)).isEqualTo(0.0);
    }

    @Test
    void skipsAndFailures() {
        assertThat(SharpeRatios.evaluate(List.of(), 0, 0.95).status()).isEqualTo(GateStatus.SKIP);
        GateReport constant = SharpeRatios.evaluate(List.of(new double[] {0.01, 0.01, 0.01}, returns(1, 50, 0)),
                0, 0.95);
        assertThat(constant.message()).isEqualTo("FAIL: selected candidate: every return is the same: "
                + "the Sharpe ratio is undefined");
        GateReport lonely = SharpeRatios.evaluate(List.of(new double[] {0.0, 0.0}, returns(1, 50, 0)), 1, 0.95);
        assertThat(lonely.message()).startsWith("FAIL: the variance of the trials' Sharpe ratios needs at least 2");
        // A never-trading candidate (no defined Sharpe ratio) still counts as a trial.
        GateReport three = SharpeRatios.evaluate(List.of(new double[] {0.0, 0.0}, returns(1, 50, 0),
                returns(2, 50, 0.01)), 2, 0.95);
        assertThat(three.detail()).containsEntry("n_trials", 3).containsEntry("n_sharpe_defined", 2);
    }
}
