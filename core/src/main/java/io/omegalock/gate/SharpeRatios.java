package io.omegalock.gate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Probabilistic Sharpe Ratio (Bailey and Lopez de Prado, "The Sharpe Ratio Efficient
 * Frontier", Journal of Risk 15(2), 2012) and the Deflated Sharpe Ratio (Bailey and Lopez de
 * Prado, "The Deflated Sharpe Ratio: Correcting for Selection Bias, Backtest Overfitting and
 * Non-Normality", Journal of Portfolio Management 40(5), 2014).
 *
 * <p>Everything is per period (no annualisation). For returns r_1..r_T:
 * <ul>
 *   <li>Sharpe ratio {@code SR = mean / s}, s the sample standard deviation (divisor T - 1);</li>
 *   <li>skewness {@code g3 = m3 / m2^1.5} and ordinary (not excess) kurtosis
 *       {@code g4 = m4 / m2^2}, m_k the central moments with divisor T (the moment estimators,
 *       as {@code scipy.stats.skew} and {@code kurtosis(fisher=False)} compute them); normal
 *       returns have g3 = 0, g4 = 3;</li>
 *   <li>{@code PSR(SR*) = Phi((SR - SR*) sqrt(T - 1) / sqrt(1 - g3 SR + (g4 - 1) / 4 SR^2))};</li>
 *   <li>the expected maximum Sharpe ratio of N unskilled trials,
 *       {@code SR0 = sqrt(V[SR]) ((1 - gamma) Phi^-1(1 - 1/N) + gamma Phi^-1(1 - 1/(N e)))},
 *       V[SR] the sample variance (divisor N - 1) of the trials' Sharpe ratios and gamma the
 *       Euler-Mascheroni constant; {@code SR0 = 0} for N = 1;</li>
 *   <li>{@code DSR = PSR(SR0)} of the selected candidate.</li>
 * </ul>
 */
public final class SharpeRatios {
    /** Gate name. */
    public static final String NAME = "DSR";
    /** The default pass threshold: PASS when DSR &gt;= 0.95. */
    public static final double DEFAULT_MIN_DSR = 0.95;
    /** The Euler-Mascheroni constant. */
    public static final double EULER_GAMMA = 0.5772156649015329;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private SharpeRatios() {
    }

    /**
     * Moments of one return series.
     *
     * @param n        T, the number of returns
     * @param mean     the mean return
     * @param sd       the sample standard deviation (divisor T - 1)
     * @param sharpe   mean / sd
     * @param skewness m3 / m2^1.5
     * @param kurtosis m4 / m2^2 (3 for normal returns)
     */
    public record Moments(int n, double mean, double sd, double sharpe, double skewness, double kurtosis) {
    }

    /**
     * @param returns per-period returns, finite, at least 2 and not all equal
     * @return the moments
     * @throws IllegalArgumentException otherwise
     */
    public static Moments moments(double[] returns) {
        int n = returns.length;
        if (n < 2) {
            throw new IllegalArgumentException("a Sharpe ratio needs at least 2 returns, got " + n);
        }
        double mean = 0;
        for (double r : returns) {
            if (!Double.isFinite(r)) {
                throw new IllegalArgumentException("non-finite return");
            }
            mean += r;
        }
        mean /= n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double r : returns) {
            double d = r - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        if (m2 == 0) {
            throw new IllegalArgumentException("every return is the same: the Sharpe ratio is undefined");
        }
        double sd = Math.sqrt(m2 / (n - 1));
        m2 /= n;
        m3 /= n;
        m4 /= n;
        return new Moments(n, mean, sd, mean / sd, m3 / Math.pow(m2, 1.5), m4 / (m2 * m2));
    }

    /**
     * @param sr        observed per-period Sharpe ratio
     * @param benchmark SR*, the per-period benchmark
     * @param n         T, the number of returns behind sr, {@code >= 2}
     * @param skewness  g3
     * @param kurtosis  g4 (ordinary; 3 for normal)
     * @return PSR(SR*), or NaN when {@code 1 - g3 SR + (g4 - 1)/4 SR^2 <= 0}
     */
    public static double psr(double sr, double benchmark, int n, double skewness, double kurtosis) {
        double v = 1 - skewness * sr + (kurtosis - 1) / 4 * sr * sr;
        if (!(v > 0)) {
            return Double.NaN;
        }
        return STANDARD_NORMAL.cumulativeProbability((sr - benchmark) * Math.sqrt(n - 1.0) / Math.sqrt(v));
    }

    /**
     * @param variance V[SR], the variance of the trials' Sharpe ratios, {@code >= 0}
     * @param trials   N, {@code >= 1}
     * @return SR0, the expected maximum Sharpe ratio of N unskilled trials; 0 for N = 1
     */
    public static double expectedMaxSharpe(double variance, int trials) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be >= 1, got " + trials);
        }
        if (trials == 1) {
            return 0.0;
        }
        double z1 = STANDARD_NORMAL.inverseCumulativeProbability(1 - 1.0 / trials);
        double z2 = STANDARD_NORMAL.inverseCumulativeProbability(1 - 1.0 / (trials * Math.E));
        return Math.sqrt(variance) * ((1 - EULER_GAMMA) * z1 + EULER_GAMMA * z2);
    }

    /**
     * The DSR gate over the returns of every search candidate (the trials).
     *
     * @param returns  per-period returns of each candidate; empty when the target reports none
     * @param selected index of the selected candidate
     * @param minDsr   pass threshold in (0, 1)
     * @return PASS when DSR &gt;= minDsr; SKIP without returns; FAIL (with the reason) when the
     *         selected candidate's Sharpe ratio, the trials' variance or the PSR is undefined
     * @throws IllegalArgumentException when minDsr is not in (0, 1) or selected is out of range
     */
    public static GateReport evaluate(List<double[]> returns, int selected, double minDsr) {
        if (!(minDsr > 0 && minDsr < 1)) {
            throw new IllegalArgumentException("min DSR must be in (0, 1), got " + minDsr);
        }
        int trials = returns.size();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("n_trials", trials);
        if (trials == 0) {
            return new GateReport(NAME, GateStatus.SKIP, "SKIP: the target reports no returns", d);
        }
        if (selected < 0 || selected >= trials) {
            throw new IllegalArgumentException("selected index " + selected + " outside [0, " + trials + ")");
        }
        d.put("selected_index", selected);
        double[] sharpes = new double[trials];
        int defined = 0;
        double sum = 0;
        for (int i = 0; i < trials; i++) {
            try {
                sharpes[i] = moments(returns.get(i)).sharpe();
                defined++;
                sum += sharpes[i];
            } catch (IllegalArgumentException e) {
                sharpes[i] = Double.NaN;
            }
        }
        d.put("n_sharpe_defined", defined);
        Moments m;
        try {
            m = moments(returns.get(selected));
        } catch (IllegalArgumentException e) {
            return new GateReport(NAME, GateStatus.FAIL, "FAIL: selected candidate: " + e.getMessage(), d);
        }
        double variance = 0;
        if (trials > 1) {
            if (defined < 2) {
                return new GateReport(NAME, GateStatus.FAIL, "FAIL: the variance of the trials' Sharpe ratios needs "
                        + "at least 2 defined Sharpe ratios, got " + defined, d);
            }
            double mean = sum / defined;
            for (double s : sharpes) {
                if (!Double.isNaN(s)) {
                    variance += (s - mean) * (s - mean);
                }
            }
            variance /= defined - 1;
        }
        double sr0 = expectedMaxSharpe(variance, trials);
        double psr0 = psr(m.sharpe(), 0.0, m.n(), m.skewness(), m.kurtosis());
        double dsr = psr(m.sharpe(), sr0, m.n(), m.skewness(), m.kurtosis());
        d.put("n_returns", m.n());
        d.put("sharpe", m.sharpe());
        d.put("skewness", m.skewness());
        d.put("kurtosis", m.kurtosis());
        d.put("sharpe_variance", variance);
        d.put("sr0", sr0);
        d.put("psr0", Double.isNaN(psr0) ? null : psr0);
        d.put("dsr", Double.isNaN(dsr) ? null : dsr);
        d.put("min_dsr", minDsr);
        if (Double.isNaN(dsr)) {
            return new GateReport(NAME, GateStatus.FAIL, "FAIL: PSR undefined (1 - skew SR + (kurt - 1)/4 SR^2 <= 0)",
                    d);
        }
        boolean passed = dsr >= minDsr;
        String msg = (passed ? "PASS" : "FAIL") + ": DSR=" + Numbers.fixed(dsr, 3) + (passed ? " >= " : " < ")
                + Numbers.str(minDsr) + " (SR=" + Numbers.fixed(m.sharpe(), 4) + " per period, SR0="
                + Numbers.fixed(sr0, 4) + " from " + trials + " trials, T=" + m.n() + ")";
        return new GateReport(NAME, passed ? GateStatus.PASS : GateStatus.FAIL, msg, d);
    }
}
