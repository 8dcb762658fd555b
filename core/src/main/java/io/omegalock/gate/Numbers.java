package io.omegalock.gate;

import io.omegalock.json.PyFloat;

/**
 * Number formatting for gate messages, matching Python's {@code f"{x:.Nf}"} and {@code str(x)}
 * so our messages read like the reference's.
 */
final class Numbers {
    private Numbers() {
    }

    /** Python {@code f"{x:.Nf}"}. */
    static String fixed(double x, int decimals) {
        return PyFloat.format(x, decimals);
    }

    /** Python {@code str(x)}: {@code repr}, with {@code inf}/{@code nan} spelled as Python prints them. */
    static String str(double x) {
        if (!Double.isFinite(x)) {
            return PyFloat.format(x, 0);
        }
        return PyFloat.repr(x);
    }

    /** Integral doubles as longs (Python writes the default {@code 3 * 24 * 3600} as an int). */
    static Object integralAsLong(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 9.0e15) {
            return (long) v;
        }
        return v;
    }
}
