package io.omegalock.search;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The standard normal truncated to {@code [a, b]}, in standardized units ({@code z = (x - mu) / sigma}).
 * Probabilities are kept in log space and taken from whichever tail holds them, so a kernel
 * whose interval lies far out in a tail still samples inside it and scores a finite log density:
 * TPE's integer cells are routinely many bandwidths away from a kernel's centre.
 */
final class TruncatedNormal {
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);
    private static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);
    /**
     * Below this, log Phi comes from the asymptotic series: Phi(-35) ~ 1e-268 is still a normal
     * double, Phi(-38.5) underflows, and the series is accurate to ~1e-18 from here down.
     */
    private static final double SERIES_BELOW = -35;
    /** exp of anything above this is a normal double, so the library's inverse CDF applies. */
    private static final double LOG_MIN_NORMAL = Math.log(Double.MIN_NORMAL);

    private TruncatedNormal() {
    }

    /**
     * @param z a standardized point
     * @return {@code log Phi(z)}, finite for every finite z
     */
    static double logPhi(double z) {
        if (z > 0) {
            return Math.log1p(-STANDARD.survivalProbability(z));
        }
        if (z >= SERIES_BELOW || Double.isNaN(z)) {
            return Math.log(STANDARD.cumulativeProbability(z));
        }
        if (z == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        // Phi(z) = phi(z) / -z * (1 - 1/z^2 + 3/z^4 - 15/z^6 + ...), Horner in t = 1/z^2.
        double t = 1 / (z * z);
        double series = 1 + t * (-1 + t * (3 + t * (-15 + t * (105 + t * (-945 + t * (10395 - t * 135135))))));
        return -0.5 * z * z - HALF_LOG_2PI - Math.log(-z) + Math.log(series);
    }

    /**
     * @param a lower standardized bound
     * @param b upper standardized bound, {@code >= a}
     * @return {@code log(Phi(b) - Phi(a))}, the log of the mass the interval keeps
     */
    static double logMass(double a, double b) {
        if (a >= 0) {
            return logMass(-b, -a);
        }
        if (b <= 0) {
            double logB = logPhi(b);
            return logB + log1mExp(logPhi(a) - logB);
        }
        // The interval holds the centre: subtracting both small tails from 1 loses nothing.
        return Math.log1p(-(STANDARD.cumulativeProbability(a) + STANDARD.cumulativeProbability(-b)));
    }

    /**
     * The inverse CDF of the truncated standard normal.
     *
     * @param a lower standardized bound
     * @param b upper standardized bound, {@code >= a}
     * @param u a uniform draw in {@code [0, 1]}
     * @return the point in {@code [a, b]} below which the share {@code u} of the kept mass lies
     *         ({@code a} when the interval is a single point)
     */
    static double quantile(double a, double b, double u) {
        if (!(a < b) || u <= 0) {
            return a;
        }
        if (u >= 1) {
            return b;
        }
        if (a >= 0) {
            // Work in the lower tail, where Phi keeps its relative precision.
            return -quantile(-b, -a, 1 - u);
        }
        double z;
        if (b <= 0) {
            double logB = logPhi(b);
            double ratio = Math.exp(logPhi(a) - logB);
            z = inverseLogPhi(logB + Math.log(ratio + u * (1 - ratio)));
        } else {
            double lowerTail = STANDARD.cumulativeProbability(a);
            double upperTail = STANDARD.cumulativeProbability(-b);
            double kept = 1 - lowerTail - upperTail;
            double p = lowerTail + u * kept;
            z = p <= 0.5
                    ? STANDARD.inverseCumulativeProbability(p)
                    : STANDARD.inverseSurvivalProbability(upperTail + (1 - u) * kept);
        }
        return Math.min(b, Math.max(a, z));
    }

    /**
     * @param z       a standardized point inside the bounds
     * @param logMass {@link #logMass} of the bounds
     * @return the log density of the truncated standard normal at z
     */
    static double logDensity(double z, double logMass) {
        return -0.5 * z * z - HALF_LOG_2PI - logMass;
    }

    /**
     * @param y a log probability, {@code <= 0}
     * @return z with {@code log Phi(z) = y}
     */
    static double inverseLogPhi(double y) {
        if (y >= 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (y > LOG_MIN_NORMAL) {
            double p = Math.exp(y);
            return p <= 0.5
                    ? STANDARD.inverseCumulativeProbability(p)
                    : STANDARD.inverseSurvivalProbability(-Math.expm1(y));
        }
        if (y == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        // Far tail: Newton on the concave log Phi. The start lies left of the root, and from
        // there every step stays left of it and moves right, so the iteration cannot overshoot.
        double z = -Math.sqrt(-2 * y);
        for (int i = 0; i < 100; i++) {
            double logPhiZ = logPhi(z);
            double slope = Math.exp(-0.5 * z * z - HALF_LOG_2PI - logPhiZ);
            double step = (logPhiZ - y) / slope;
            z -= step;
            if (Math.abs(step) <= 1e-15 * Math.abs(z)) {
                break;
            }
        }
        return z;
    }

    /** @return {@code log(1 - exp(t))} for {@code t <= 0}, accurate at both ends */
    private static double log1mExp(double t) {
        return t > -0.6931471805599453 ? Math.log(-Math.expm1(t)) : Math.log1p(-Math.exp(t));
    }
}
