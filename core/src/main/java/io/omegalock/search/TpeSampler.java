package io.omegalock.search;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Proposes the next TPE point from the completed trials: split them into good and bad, fit a
 * Parzen estimator to each ({@code l} and {@code g}), draw {@value #CANDIDATES} candidates from
 * {@code l} and keep the one maximizing {@code log l(x) - log g(x)} (the first on ties).
 */
final class TpeSampler {
    /** Candidates drawn from the good density per proposal (Optuna's {@code n_ei_candidates}). */
    static final int CANDIDATES = 24;

    private final List<TpeDimension> dims;
    private final TpeSearch.Mode mode;

    /**
     * @param dims the modelled axes, none single-valued
     * @param mode joint (multivariate) or per-axis (univariate) densities
     */
    TpeSampler(List<TpeDimension> dims, TpeSearch.Mode mode) {
        this.dims = List.copyOf(dims);
        this.mode = mode;
    }

    /**
     * @param history the completed trials, at least one
     * @param rng     the search's generator
     * @return the proposed internal values, one per axis
     */
    double[] next(TrialHistory history, UniformRandomProvider rng) {
        int[][] split = history.split();
        double[][] good = history.rows(split[0]);
        double[][] bad = history.rows(split[1]);
        if (mode == TpeSearch.Mode.MULTIVARIATE) {
            return best(new Parzen(dims, good, mode), new Parzen(dims, bad, mode), rng);
        }
        // Univariate: every axis gets its own pair of densities and its own candidates.
        double[] out = new double[dims.size()];
        for (int k = 0; k < out.length; k++) {
            List<TpeDimension> axis = List.of(dims.get(k));
            out[k] = best(new Parzen(axis, column(good, k), mode), new Parzen(axis, column(bad, k), mode), rng)[0];
        }
        return out;
    }

    private static double[] best(Parzen l, Parzen g, UniformRandomProvider rng) {
        double[][] candidates = l.sample(rng, CANDIDATES);
        double[] logL = l.logPdf(candidates);
        double[] logG = g.logPdf(candidates);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.length; i++) {
            double score = logL[i] - logG[i];
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return candidates[best];
    }

    private static double[][] column(double[][] rows, int k) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = new double[] {rows[i][k]};
        }
        return out;
    }
}
