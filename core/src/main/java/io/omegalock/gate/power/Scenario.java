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

    /**
     * @param rng   the scenario's generator
     * @param gauss standard normal sampler on rng
     * @param train filled with N train scores, best first
     * @param test  filled with the same candidates' test scores
     * @return a scenario-specific count for diagnostics (lucky candidates in the top N), or 0
     */
    abstract int draw(UniformRandomProvider rng, ZigguratSampler.NormalizedGaussian gauss, double[] train,
                      double[] test);

    /** Independent candidates with bivariate normal (train, test), correlation rho; no selection. */
    static final class Bivariate extends Scenario {
        private final double rho;

        Bivariate(String name, Truth truth, int n, double rho) {
            super(name, truth, n, "N candidates, (train, test) bivariate normal with correlation " + rho);
            this.rho = rho;
        }

        @Override
        int draw(UniformRandomProvider rng, ZigguratSampler.NormalizedGaussian gauss, double[] train, double[] test) {
            double c = Math.sqrt(1 - rho * rho);
            for (int i = 0; i < n; i++) {
                double a = gauss.sample();
                train[i] = a;
                test[i] = rho * a + c * gauss.sample();
            }
            sortByTrain(train, test);
            return 0;
        }
    }

    /** A pool of candidates, bivariate normal with correlation rho; the gate sees the train top N. */
    static final class Selection extends Scenario {
        private final double rho;
        private final int pool;
        private final double[] poolTrain;
        private final double[] poolTest;

        Selection(String name, Truth truth, int n, double rho, int pool) {
            super(name, truth, n, "top " + n + " by train of " + pool + " candidates, (train, test) bivariate normal "
                    + "with correlation " + rho);
            this.rho = rho;
            this.pool = pool;
            this.poolTrain = new double[pool];
            this.poolTest = new double[pool];
        }

        @Override
        int draw(UniformRandomProvider rng, ZigguratSampler.NormalizedGaussian gauss, double[] train, double[] test) {
            double c = Math.sqrt(1 - rho * rho);
            for (int i = 0; i < pool; i++) {
                double a = gauss.sample();
                poolTrain[i] = a;
                poolTest[i] = rho * a + c * gauss.sample();
            }
            int[] top = topN(poolTrain, n);
            for (int i = 0; i < n; i++) {
                train[i] = poolTrain[top[i]];
                test[i] = poolTest[top[i]];
            }
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
        private final double[] poolTrain = new double[GRID * GRID];
        private final double[] poolTest = new double[GRID * GRID];

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
        int draw(UniformRandomProvider rng, ZigguratSampler.NormalizedGaussian gauss, double[] train, double[] test) {
            for (int attempt = 0; attempt < 10_000; attempt++) {
                for (int k = 0; k < signal.length; k++) {
                    poolTrain[k] = signal[k] + noise(rng, isFragile[k]);
                    poolTest[k] = signal[k] + noise(rng, isFragile[k]);
                }
                int[] top = topN(poolTrain, n);
                if (!isFragile[top[0]]) {
                    continue;
                }
                int lucky = 0;
                for (int i = 0; i < n; i++) {
                    train[i] = poolTrain[top[i]];
                    test[i] = poolTest[top[i]];
                    if (isFragile[top[i]]) {
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

    /** @return indices of the n largest values, largest first (first index on ties) */
    static int[] topN(double[] v, int n) {
        int[] top = new int[n];
        int size = 0;
        for (int i = 0; i < v.length; i++) {
            if (size == n && !(v[i] > v[top[n - 1]])) {
                continue;
            }
            int j = size < n ? size++ : n - 1;
            while (j > 0 && v[i] > v[top[j - 1]]) {
                top[j] = top[j - 1];
                j--;
            }
            top[j] = i;
        }
        return top;
    }

    /** Sorts both arrays by train descending, as the pipeline hands the top N to the gate. */
    static void sortByTrain(double[] train, double[] test) {
        int[] order = topN(train, train.length);
        double[] a = train.clone();
        double[] b = test.clone();
        for (int i = 0; i < order.length; i++) {
            train[i] = a[order[i]];
            test[i] = b[order[i]];
        }
    }
}
