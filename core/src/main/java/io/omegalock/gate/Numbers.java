package io.omegalock.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting for gate messages, matching Python's {@code f"{x:.Nf}"} and {@code str(x)}
 * so our messages read like the reference's.
 */
final class Numbers {
    private Numbers() {
    }

    /** Python {@code f"{x:.Nf}"}: half-even on the exact binary value, {@code inf}/{@code nan}. */
    static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        BigDecimal d = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN);
        String s = d.toPlainString();
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        if (negative && d.signum() == 0) {
            s = "-" + s;
        }
        return s;
    }

    /** Python {@code str(x)} for the simple thresholds that appear in messages. */
    static String str(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return Double.toString(x);
    }

    /** Integral doubles as longs (Python writes the default {@code 3 * 24 * 3600} as an int). */
    static Object integralAsLong(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 9.0e15) {
            return (long) v;
        }
        return v;
    }
}
