package io.omegalock.json;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats doubles exactly as Python does, so that canonical JSON (and therefore hash chains)
 * and gate messages match the reference byte for byte.
 *
 * <p>{@link #repr(double)} is Python's {@code repr(float)} as {@code json.dumps} prints it: the
 * shortest digit string that reads back as the same double (closest to the exact value
 * among equally short ones), positional when the decimal exponent is in [-4, 16), otherwise
 * {@code d.ddde±XX}. Non-finite values use the JSON spellings {@code NaN}, {@code Infinity},
 * {@code -Infinity} (Python's {@code repr} says {@code nan}/{@code inf}, but every caller
 * here writes JSON). {@link #format(double, int)} is {@code f"{x:.Nf}"}.
 *
 * <p>The shortest digits come from jackson-core's Schubfach port (JDK 17's
 * {@code Double.toString} is not always shortest). Schubfach follows the JDK 19 rule of
 * never choosing a one-digit result when a two-digit one is closer (it prints 4.9E-324 where
 * Python prints 5e-324), so two-digit results are checked for a one-digit alternative.
 */
public final class PyFloat {
    private PyFloat() {
    }

    /**
     * @param x any double
     * @return Python's {@code repr(x)} with JSON spellings for non-finite values
     */
    public static String repr(double x) {
        StringBuilder sb = new StringBuilder(24);
        appendRepr(x, sb);
        return sb.toString();
    }

    /**
     * Appends {@link #repr(double)} of {@code x} without building an intermediate string.
     *
     * @param x   any double
     * @param out where to append
     */
    public static void appendRepr(double x, StringBuilder out) {
        if (Double.isNaN(x)) {
            out.append("NaN");
            return;
        }
        if (Double.isInfinite(x)) {
            out.append(x > 0 ? "Infinity" : "-Infinity");
            return;
        }
        boolean negative = (Double.doubleToRawLongBits(x) < 0);
        if (negative) {
            out.append('-');
        }
        if (x == 0) {
            out.append("0.0");
            return;
        }
        Decimal d = shortest(Math.abs(x));
        appendDigits(d.digits, d.length, d.pointPos, out);
    }

    /**
     * Python's {@code f"{x:.Nf}"}: the exact binary value rounded half-even to {@code decimals}
     * places, {@code inf}/{@code -inf}/{@code nan} for non-finite values, and a minus sign kept
     * on negative values that round to zero ({@code -0.000}).
     *
     * @param x        any double
     * @param decimals digits after the point, {@code >= 0}
     * @return the formatted number
     * @throws IllegalArgumentException when decimals is negative
     */
    public static String format(double x, int decimals) {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be >= 0, got " + decimals);
        }
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        return negative && s.charAt(0) != '-' ? "-" + s : s;
    }

    /** Significant digits without leading or trailing zeros; value = 0.DIGITS x 10^pointPos. */
    private record Decimal(char[] digits, int length, int pointPos) {
    }

    private static Decimal shortest(double v) {
        String s = DoubleToDecimal.toString(v);
        int e = s.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(s, e + 1, s.length(), 10);
        int mantEnd = e < 0 ? s.length() : e;
        char[] digits = new char[mantEnd];
        int n = 0;
        int intDigits = 0;
        boolean seenPoint = false;
        int leadingZeros = 0;
        for (int i = 0; i < mantEnd; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                seenPoint = true;
                continue;
            }
            if (!seenPoint) {
                intDigits++;
            }
            if (n == 0 && c == '0') {
                leadingZeros++;
                continue;
            }
            digits[n++] = c;
        }
        while (n > 1 && digits[n - 1] == '0') {
            n--;
        }
        int pointPos = intDigits + exp - leadingZeros;
        if (n == 2) {
            return preferOneDigit(v, digits, pointPos);
        }
        return new Decimal(digits, n, pointPos);
    }

    /** Python picks a one-digit result whenever one round-trips; Schubfach may not. */
    private static Decimal preferOneDigit(double v, char[] two, int pointPos) {
        int d = two[0] - '0';
        boolean downOk = d > 0 && Double.parseDouble(d + "e" + (pointPos - 1)) == v;
        boolean upOk = Double.parseDouble((d + 1) + "e" + (pointPos - 1)) == v;
        if (downOk && upOk) {
            // Both one-digit neighbours read back as v: take the closer one, as Python does.
            BigDecimal exact = new BigDecimal(v);
            BigDecimal down = new BigDecimal(d + "e" + (pointPos - 1));
            BigDecimal up = new BigDecimal((d + 1) + "e" + (pointPos - 1));
            upOk = up.subtract(exact).compareTo(exact.subtract(down)) < 0;
            downOk = !upOk;
        }
        if (downOk) {
            return new Decimal(new char[] {(char) ('0' + d)}, 1, pointPos);
        }
        if (upOk) {
            return d + 1 == 10
                    ? new Decimal(new char[] {'1'}, 1, pointPos + 1)
                    : new Decimal(new char[] {(char) ('0' + d + 1)}, 1, pointPos);
        }
        return new Decimal(two, 2, pointPos);
    }

    private static void appendDigits(char[] digits, int n, int pointPos, StringBuilder out) {
        if (pointPos <= -4 || pointPos > 16) {
            out.append(digits[0]);
            if (n > 1) {
                out.append('.').append(digits, 1, n - 1);
            }
            int e = pointPos - 1;
            out.append(e < 0 ? "e-" : "e+");
            int abs = Math.abs(e);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        } else if (pointPos <= 0) {
            out.append("0.");
            for (int i = pointPos; i < 0; i++) {
                out.append('0');
            }
            out.append(digits, 0, n);
        } else if (pointPos < n) {
            out.append(digits, 0, pointPos).append('.').append(digits, pointPos, n - pointPos);
        } else {
            out.append(digits, 0, n);
            for (int i = n; i < pointPos; i++) {
                out.append('0');
            }
            out.append(".0");
        }
    }
}
