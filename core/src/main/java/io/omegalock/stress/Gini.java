package io.omegalock.stress;

import java.util.Arrays;

/** The Gini coefficient of sensitivities: 0 when all parameters matter equally, near 1 when one dominates. */
public final class Gini {
    private Gini() {
    }

    /**
     * {@code G = 2 Σ (i+1) v_i / (n T) - (n + 1) / n} over the absolute values sorted ascending.
     *
     * @param values any values (absolute values are used)
     * @return the coefficient; 0 for no values or a zero total
     */
    public static double of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return 0.0;
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = Math.abs(values[i]);
        }
        Arrays.sort(v);
        double total = 0;
        for (double d : v) {
            total += d;
        }
        if (total == 0) {
            return 0.0;
        }
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (i + 1) * v[i];
        }
        return 2 * weighted / (n * total) - (double) (n + 1) / n;
    }
}
