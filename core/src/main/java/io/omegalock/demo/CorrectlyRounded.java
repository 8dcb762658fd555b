package io.omegalock.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A correctly rounded {@code exp}, so the demo targets agree bit for bit with the reference,
 * whose CPython {@code math.exp} is glibc's, correctly rounded in practice. Neither JDK exp
 * promises that: {@code StrictMath.exp} (fdlibm) is one ulp off on a call of the sram_demo
 * fixture, and {@code Math.exp} may be any intrinsic within one ulp, so it varies by JVM and
 * CPU. Slow next to {@code Math.exp} (microseconds), which is fine for demo targets.
 */
final class CorrectlyRounded {
    // 60 significant digits leave ~140 bits, far beyond the 54 a correct double rounding needs.
    private static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final BigDecimal LN2 = new BigDecimal(
            "0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863326996418687542");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal TERM_FLOOR = new BigDecimal("1e-62");

    private CorrectlyRounded() {
    }

    /**
     * @param x any double
     * @return e^x rounded to the nearest double (ties to even)
     */
    static double exp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x > 710.0 || x < -746.0 || x == 0.0) {
            // NaN, +-inf, overflow, underflow to zero and exp(+-0) = 1 are exact in Math.exp.
            return Math.exp(x);
        }
        // exp(x) = 2^k exp(r) with |r| <= ln2 / 2, so the Taylor series converges quickly.
        long k = Math.round(x / Math.log(2.0));
        BigDecimal r = new BigDecimal(x).subtract(LN2.multiply(BigDecimal.valueOf(k), MC), MC);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; n < 200; n++) {
            term = term.multiply(r, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(TERM_FLOOR) < 0) {
                break;
            }
        }
        BigDecimal scale = TWO.pow((int) Math.abs(k));
        BigDecimal value = k >= 0 ? sum.multiply(scale, MC) : sum.divide(scale, MC);
        // doubleValue rounds the decimal to the nearest double, subnormals included.
        return value.doubleValue();
    }
}
