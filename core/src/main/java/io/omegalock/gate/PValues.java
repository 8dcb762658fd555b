package io.omegalock.gate;

import io.omegalock.json.PyFloat;
import java.util.Locale;

/**
 * The one way p-values are written, in gate messages, verdict reasons and scorecards alike, so a
 * reviewer never reads two renderings of the same number. A permutation p-value is never zero
 * (the observed ordering counts), so it is never shown as {@code 0.0000}: four decimals from
 * 0.001 up ({@code 0.0083}), two significant digits in exponent form below ({@code 2.8e-07}).
 * The count behind it ({@link #basis}) lets a reader recompute it.
 */
public final class PValues {
    private static final double EXPONENT_BELOW = 0.001;

    private PValues() {
    }

    /**
     * @param p a p-value
     * @return {@code 0.0083}, {@code 2.8e-07}; {@code nan} for NaN
     */
    public static String format(double p) {
        if (Double.isNaN(p)) {
            return "nan";
        }
        if (p != 0 && Math.abs(p) < EXPONENT_BELOW) {
            return String.format(Locale.ROOT, "%.1e", p);
        }
        return PyFloat.format(p, 4);
    }

    /**
     * What the p-value counts, in words.
     *
     * @param methodKey        {@link PermutationTest.Method#key()} as the artifact stores it
     * @param permutations     orderings counted or draws made
     * @param atLeastAsExtreme how many of them scored at least the observed value
     * @return {@code exact: 1 of 3628800 orderings at least as extreme}, or for Monte Carlo
     *     {@code Monte Carlo: 0 of 10000 draws at least as extreme, p = (0 + 1) / (10000 + 1)}
     */
    public static String basis(String methodKey, long permutations, long atLeastAsExtreme) {
        if (PermutationTest.Method.MONTE_CARLO.key().equals(methodKey)) {
            return "Monte Carlo: " + atLeastAsExtreme + " of " + permutations + " draws at least as extreme, p = ("
                    + atLeastAsExtreme + " + 1) / (" + permutations + " + 1)";
        }
        return "exact: " + atLeastAsExtreme + " of " + permutations + " orderings at least as extreme";
    }

    /** @return {@link #basis(String, long, long)} of a test result */
    static String basis(PermutationTest.Result r) {
        return basis(r.method().key(), r.permutations(), r.atLeastAsExtreme());
    }
}
