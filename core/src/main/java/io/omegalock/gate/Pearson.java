package io.omegalock.gate;

/**
 * A Pearson correlation with its status, so "could not be measured" is never confused with
 * "measured no correlation".
 *
 * @param status why it was or was not computed
 * @param value  the coefficient when {@code status == OK}, else NaN
 */
public record Pearson(PearsonStatus status, double value) {

    /** @return true when the coefficient was computed */
    public boolean computable() {
        return status == PearsonStatus.OK;
    }

    /** @return the coefficient, or 0.0 when not computable (the reference's plain field) */
    public double valueOrZero() {
        return computable() ? value : 0.0;
    }

    /**
     * Sums in list order, as the reference does, so results agree to the last bits.
     *
     * @param x train values
     * @param y test values
     * @return the correlation with status
     */
    public static Pearson of(double[] x, double[] y) {
        int n = x.length;
        if (n == 0) {
            return new Pearson(PearsonStatus.EMPTY, Double.NaN);
        }
        if (n != y.length) {
            return new Pearson(PearsonStatus.LENGTH_MISMATCH, Double.NaN);
        }
        if (!allFinite(x) || !allFinite(y)) {
            return new Pearson(PearsonStatus.NON_FINITE, Double.NaN);
        }
        double mx = sum(x) / n;
        double my = sum(y) / n;
        double num = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < n; i++) {
            num += (x[i] - mx) * (y[i] - my);
        }
        for (double v : x) {
            sx += (v - mx) * (v - mx);
        }
        for (double v : y) {
            sy += (v - my) * (v - my);
        }
        double dx = Math.sqrt(sx);
        double dy = Math.sqrt(sy);
        if (dx == 0) {
            return new Pearson(PearsonStatus.ZERO_VARIANCE_X, Double.NaN);
        }
        if (dy == 0) {
            return new Pearson(PearsonStatus.ZERO_VARIANCE_Y, Double.NaN);
        }
        return new Pearson(PearsonStatus.OK, num / (dx * dy));
    }

    private static boolean allFinite(double[] v) {
        for (double d : v) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }
}
