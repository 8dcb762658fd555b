package io.omegalock.gate.power;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One simulated audit situation with a known truth: each draw fills the train and test scores
 * of the N candidates the walk-forward gate sees, best train score first.
 */
abstract class Scenario {
    /** What a correct gate does with this scenario. */
    enum Truth {
        /** Train scores say nothing about test scores: a pass is a false certification. */
        NO_TRANSFER("no transfer"),
        /** The ranking genuinely transfers: a pass is deserved. */
        TRANSFER("transfer"),
        /** The winner is a lucky draw whose test score collapses: a pass is a false certification. */
        LUCKY_WINNER("lucky winner");

        final String label;

        Truth(String label) {
            this.label = label;
        }
    }

    final String name;
    final Truth truth;
    final int n;
    final String description;

    Scenario(String name, Truth truth, int n, String description) {
        this.name = name;
        this.truth = truth;
        this.n = n;
        this.description = description;
    }

    /** @return candidates in the drawn pool; {@code n} when the gate sees every candidate (no selection) */
    int poolSize() {
        return n;
    }

    /**
     * Draws a pool and ranks it: afterwards {@code pool} positions {@code [0, rankTop)} hold the
     * best train scores, best first, so the gate's top N are positions {@code [0, n)}.
     *
     * @param rng     the scenario's generator
     * @param gauss   standard normal sampler on rng
     * @param pool    filled, of {@link #poolSize()} candidates
     * @param rankTop how many to rank, {@code n..poolSize()}
     * @return a scenario-specific count for diagnostics (lucky candidates in the top N), or 0
     */
    abstract int draw(UniformRandomProvider rng, ZigguratSampler.NormalizedGaussian gauss, Pool pool, int rankTop);

    /** Fills the pool with bivariate normal (train, test) pairs of correlation rho. */
    static void bivariate(ZigguratSampler.NormalizedGaussian gauss, Pool pool, double rho) {
        double c = Math.sqrt(1 - rho * rho);
        for (int i = 0; i < pool.size; i++) {
            double a = gauss.sample();
            pool.train[i] = a;
            pool.test[i] = rho * a + c * gauss.sample();
        }
        pool.resetIds();
    }

    /** Independent candidates with bivariate normal (train, test), correlation rho; no selection. */
    static final class Bivariate extends Scenario {
        private final double rho;

        Bivariate(String name, Truth truth, int n, double rho) {
            super(name, truth, n, "N candidates, (train, test) bivariate normal with correlation " + rho);
            this.rho = rho;
        }

        @Override
        int draw(UniformRandomProvider rng, ZigguratSampler.NormalizedGaussian gauss, Pool pool, int rankTop) {
            bivariate(gauss, pool, rho);
            pool.rankTop(rankTop);
            return 0;
        }
    }

    /** A pool of candidates, bivariate normal with correlation rho; the gate sees the train top N. */
    static final class Selection extends Scenario {
        private final double rho;
        private final int pool;

        Selection(String name, Truth truth, int n, double rho, int pool) {
            super(name, truth, n, "top " + n + " by train of " + pool + " candidates, (train, test) bivariate normal "
                    + "with correlation " + rho);
            this.rho = rho;
            this.pool = pool;
        }

        @Override
        int poolSize() {
            return pool;
        }

        @Override
        int draw(UniformRandomProvider rng, ZigguratSampler.NormalizedGaussian gauss, Pool p, int rankTop) {
            bivariate(gauss, p, rho);
            p.rankTop(rankTop);
            return 0;
        }
    }

    /**
     * The walk-forward demo's landscape ({@code io.omegalock.demo.WalkForwardSystem}): a 21 x 21
     * grid over gain [0, 10] and bias [-3, 3], signal {@code 5 exp(-(gain - 3)^2 / 4 - bias^2 / 2)}
     * on every slice, slice-specific noise {@code 0.3 U} inside the rated envelope (gain &lt;= 6)
     * and a fragile-region noise beyond it. Fresh noise each draw; the gate sees the train top N.
     * Draws whose train winner is inside the envelope are redrawn, so every counted run has a
     * lucky winner (a fragile candidate, whose expected test score is far below its train score).
     */
    static final class Landscape extends Scenario {
        /** Fragile-region noise. */
        enum Fragile {
            /** {@code 6 U}, as in the demo: dozens of fragile candidates out-score the true optimum. */
            DEMO,
            /** Rare heavy-tailed spikes, {@code 0.05 / U} (Pareto, tail index 1): one or two lucky
             * candidates sit on top of a bulk that transfers. */
            SPIKE
        }

        static final int GRID = 21;
        private final Fragile fragile;
        private final double[] signal = new double[GRID * GRID];
        private final boolean[] isFragile = new boolean[GRID * GRID];

        Landscape(String name, int n, Fragile fragile) {
            super(name, Truth.LUCKY_WINNER, n, fragile == Fragile.DEMO
                    ? "demo landscape, 441 candidates, noise 0.3 U in the envelope and 6 U beyond (gain > 6); top " + n
                    + " by train; the winner is always a fragile candidate"
                    : "demo landscape, 441 candidates, noise 0.3 U in the envelope and rare spikes 0.05 / U beyond; "
                    + "top " + n + " by train; runs redrawn until the winner is a spike");
            this.fragile = fragile;
            for (int g = 0; g < GRID; g++) {
                for (int b = 0; b < GRID; b++) {
                    double gain = g * 0.5;
                    double bias = -3.0 + b * 0.3;
                    int k = g * GRID + b;
                    signal[k] = 5.0 * Math.exp(-((gain - 3) * (gain - 3)) / 4 - bias * bias / 2);
                    isFragile[k] = gain > 6.0;
                }
            }
        }

        @Override
        int poolSize() {
            return GRID * GRID;
        }

        @Override
        int draw(UniformRandomProvider rng, ZigguratSampler.NormalizedGaussian gauss, Pool pool, int rankTop) {
            for (int attempt = 0; attempt < 10_000; attempt++) {
                int best = 0;
                for (int k = 0; k < signal.length; k++) {
                    pool.train[k] = signal[k] + noise(rng, isFragile[k]);
                    pool.test[k] = signal[k] + noise(rng, isFragile[k]);
                    if (pool.train[k] > pool.train[best]) {
                        best = k;
                    }
                }
                if (!isFragile[best]) {
                    continue;
                }
                pool.resetIds();
                pool.rankTop(rankTop);
                int lucky = 0;
                for (int i = 0; i < n; i++) {
                    if (isFragile[pool.id[i]]) {
                        lucky++;
                    }
                }
                return lucky;
            }
            throw new IllegalStateException("no lucky winner in 10000 draws");
        }

        private double noise(UniformRandomProvider rng, boolean fragileRegion) {
            if (!fragileRegion) {
                return 0.3 * rng.nextDouble();
            }
            return fragile == Fragile.DEMO ? 6.0 * rng.nextDouble() : 0.05 / (1.0 - rng.nextDouble());
        }
    }
}
