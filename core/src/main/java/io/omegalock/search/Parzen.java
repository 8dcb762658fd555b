package io.omegalock.search;

import io.omegalock.search.TpeDimension.Kind;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A Parzen estimator: a weighted mixture with one component per observation plus a prior
 * component, each component a product of one kernel per dimension (truncated normal for
 * numeric axes, {@link CategoricalKernel} for categorical ones). Sampling draws one component
 * for all dimensions at once, so with the multivariate bandwidth the estimator keeps the
 * dependence between parameters that the observations show.
 *
 * <p>Component weights follow Optuna's default: uniform below 25 observations, else a linear
 * ramp from {@code 1/m} to 1 over the oldest {@code m - 25} observations followed by 25 ones
 * (rows are given oldest first); the prior (weight 1, centred on the interval's midpoint with
 * the interval's width as its sigma) comes last. Observation bandwidths are clipped to
 * {@code [range / min(100, m + 2), range]}.
 */
final class Parzen {
    /** Weight of the prior component; an observation weighs at most 1. */
    static final double PRIOR_WEIGHT = 1.0;
    private static final int FLAT_WEIGHTS = 25;

    private final TpeDimension[] dims;
    private final int components;
    private final double[] logWeights;
    private final double[] cumulativeWeights;
    /** Numeric dimensions, per component: kernel centre, sigma and 1 / sigma. */
    private final double[][] mu;
    private final double[][] sigma;
    private final double[][] invSigma;
    /** Numeric dimensions, per component: log of the mass the kernel keeps on the interval. */
    private final double[][] logMass;
    /** Continuous dimensions, per component: the log density at the centre. */
    private final double[][] logPeak;
    /** Categorical: per component the observed choice index, -1 for the prior. */
    private final int[][] observed;
    private final CategoricalKernel[] categorical;

    /**
     * @param dims the modelled axes (none single-valued)
     * @param rows observations oldest first, {@code rows[i][k]} the internal value on {@code dims.get(k)}
     * @param mode which bandwidth rule numeric kernels use
     */
    Parzen(List<TpeDimension> dims, double[][] rows, TpeSearch.Mode mode) {
        this.dims = dims.toArray(new TpeDimension[0]);
        int m = rows.length;
        int d = this.dims.length;
        components = m + 1;
        double[] w = Arrays.copyOf(observationWeights(m), components);
        w[m] = PRIOR_WEIGHT;
        double total = 0;
        for (double x : w) {
            total += x;
        }
        logWeights = new double[components];
        cumulativeWeights = new double[components];
        double running = 0;
        for (int j = 0; j < components; j++) {
            logWeights[j] = Math.log(w[j] / total);
            running += w[j] / total;
            cumulativeWeights[j] = running;
        }
        mu = new double[d][];
        sigma = new double[d][];
        invSigma = new double[d][];
        logMass = new double[d][];
        logPeak = new double[d][];
        observed = new int[d][];
        categorical = new CategoricalKernel[d];
        for (int k = 0; k < d; k++) {
            TpeDimension dim = this.dims[k];
            if (dim.kind() == Kind.CATEGORICAL) {
                categorical[k] = new CategoricalKernel(dim.choices(), components, PRIOR_WEIGHT);
                observed[k] = new int[components];
                for (int j = 0; j < m; j++) {
                    observed[k][j] = (int) rows[j][k];
                }
                observed[k][m] = -1;
            } else {
                numericKernels(k, dim, rows, mode, d);
            }
        }
    }

    private void numericKernels(int k, TpeDimension dim, double[][] rows, TpeSearch.Mode mode, int d) {
        int m = rows.length;
        double range = dim.range();
        double[] centres = new double[components];
        for (int j = 0; j < m; j++) {
            centres[j] = rows[j][k];
        }
        centres[m] = 0.5 * (dim.lower() + dim.upper());
        double[] sigmas = mode == TpeSearch.Mode.MULTIVARIATE
                ? Bandwidths.multivariate(m, d, range)
                : Bandwidths.neighbourGaps(centres, dim.lower(), dim.upper());
        double minSigma = range / Math.min(100.0, m + 2.0);
        double[] s = new double[components];
        for (int j = 0; j < m; j++) {
            s[j] = Math.min(range, Math.max(minSigma, sigmas[j]));
        }
        s[m] = range;
        mu[k] = centres;
        sigma[k] = s;
        invSigma[k] = new double[components];
        logMass[k] = new double[components];
        logPeak[k] = new double[components];
        for (int j = 0; j < components; j++) {
            invSigma[k][j] = 1 / s[j];
            logMass[k][j] = TruncatedNormal.logMass((dim.lower() - centres[j]) / s[j], (dim.upper() - centres[j]) / s[j]);
            logPeak[k][j] = TruncatedNormal.logDensity(0, logMass[k][j]) - Math.log(s[j]);
        }
    }

    /**
     * @param m number of observations
     * @return their mixture weights, oldest first (before the prior is appended and all normalized)
     */
    static double[] observationWeights(int m) {
        double[] w = new double[m];
        Arrays.fill(w, 1.0);
        if (m >= FLAT_WEIGHTS) {
            // numpy.linspace(1/m, 1, m - 25): older observations count for less.
            int ramp = m - FLAT_WEIGHTS;
            double start = 1.0 / m;
            double step = ramp > 1 ? (1.0 - start) / (ramp - 1) : 0;
            for (int i = 0; i < ramp; i++) {
                w[i] = i == ramp - 1 && ramp > 1 ? 1.0 : start + i * step;
            }
        }
        return w;
    }

    /** @return the number of mixture components (observations plus the prior) */
    int components() {
        return components;
    }

    /**
     * @param rng   the generator; each sample consumes one draw for its component and one per dimension
     * @param count how many samples
     * @return the samples, {@code [count][dims]}, internal values inside each axis
     */
    double[][] sample(UniformRandomProvider rng, int count) {
        double[][] out = new double[count][dims.length];
        for (int s = 0; s < count; s++) {
            int j = component(rng.nextDouble());
            for (int k = 0; k < dims.length; k++) {
                out[s][k] = draw(k, j, rng.nextDouble());
            }
        }
        return out;
    }

    private int component(double u) {
        int j = Arrays.binarySearch(cumulativeWeights, u);
        j = j >= 0 ? j + 1 : -j - 1;
        return Math.min(j, components - 1);
    }

    private double draw(int k, int j, double u) {
        TpeDimension dim = dims[k];
        if (dim.kind() == Kind.CATEGORICAL) {
            CategoricalKernel kernel = categorical[k];
            int last = dim.choices() - 1;
            double cumulative = 0;
            for (int c = 0; c < last; c++) {
                cumulative += kernel.probability(observed[k][j], c);
                if (u < cumulative) {
                    return c;
                }
            }
            return last;
        }
        double centre = mu[k][j];
        double s = sigma[k][j];
        double z = TruncatedNormal.quantile((dim.lower() - centre) / s, (dim.upper() - centre) / s, u);
        double x = Math.min(dim.upper(), Math.max(dim.lower(), centre + s * z));
        if (dim.kind() == Kind.INTEGER) {
            // Snap to the integer whose cell the draw fell in (half to even, like numpy.round).
            double low = dim.lower() + 0.5;
            double high = dim.upper() - 0.5;
            return Math.min(high, Math.max(low, low + Math.rint(x - low)));
        }
        return x;
    }

    /**
     * @param xs points, {@code [n][dims]}, internal values inside each axis
     * @return the log density of the mixture at each point
     */
    double[] logPdf(double[][] xs) {
        double[] out = new double[xs.length];
        double[] acc = new double[components];
        for (int s = 0; s < xs.length; s++) {
            System.arraycopy(logWeights, 0, acc, 0, components);
            for (int k = 0; k < dims.length; k++) {
                addLogKernel(k, xs[s][k], acc);
            }
            out[s] = logSumExp(acc);
        }
        return out;
    }

    private void addLogKernel(int k, double x, double[] acc) {
        TpeDimension dim = dims[k];
        if (dim.kind() == Kind.CATEGORICAL) {
            CategoricalKernel kernel = categorical[k];
            int choice = (int) x;
            double logPrior = Math.log(kernel.prior());
            double logHit = Math.log(kernel.observed());
            double logMiss = Math.log(kernel.other());
            int[] obs = observed[k];
            for (int j = 0; j < components; j++) {
                acc[j] += obs[j] < 0 ? logPrior : obs[j] == choice ? logHit : logMiss;
            }
            return;
        }
        double[] c = mu[k];
        double[] inv = invSigma[k];
        double[] lm = logMass[k];
        if (dim.kind() == Kind.CONTINUOUS) {
            double[] peak = logPeak[k];
            for (int j = 0; j < components; j++) {
                double z = (x - c[j]) * inv[j];
                acc[j] += peak[j] - 0.5 * z * z;
            }
            return;
        }
        // An integer's probability is the kernel mass of its unit cell, cut at the interval ends.
        double cellLow = Math.max(x - 0.5, dim.lower());
        double cellHigh = Math.min(x + 0.5, dim.upper());
        for (int j = 0; j < components; j++) {
            acc[j] += TruncatedNormal.logMass((cellLow - c[j]) * inv[j], (cellHigh - c[j]) * inv[j]) - lm[j];
        }
    }

    private static double logSumExp(double[] v) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            max = Math.max(max, x);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (double x : v) {
            sum += Math.exp(x - max);
        }
        return max + Math.log(sum);
    }
}
