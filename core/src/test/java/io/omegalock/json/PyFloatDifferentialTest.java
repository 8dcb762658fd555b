package io.omegalock.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link PyFloat#repr} against an independent oracle: jackson-core's Schubfach port, whose
 * string is re-parsed into digits and laid out as Python does (the previous implementation,
 * slow but verified against Python on the generated cases). Millions of doubles of every
 * kind: random bit patterns, short decimals, grid points, powers of two and their
 * neighbours, integers around 2^53, subnormals.
 */
class PyFloatDifferentialTest {

    @Test
    void reprEqualsTheSchubfachOracleOnMillionsOfDoubles() {
        SplittableRandom rnd = new SplittableRandom(20261128);
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < 1_000_000; i++) {
            checked += check(Double.longBitsToDouble(rnd.nextLong()), mismatches);
        }
        for (int i = 0; i < 600_000; i++) {
            // Short decimals m * 10^-k, the few-decimals path and its near misses.
            long m = rnd.nextLong(1, rnd.nextBoolean() ? 10_000_000L : 1_000_000_000_000_000L);
            double x = Double.parseDouble(m + "e-" + rnd.nextInt(0, 24));
            checked += check(x, mismatches) + check(Math.nextUp(x), mismatches) + check(Math.nextDown(x), mismatches);
        }
        for (int i = 0; i < 300_000; i++) {
            checked += check(-5 + (10.0 * rnd.nextInt(1000)) / rnd.nextInt(1, 1000), mismatches);
            checked += check(rnd.nextDouble(-10, 10), mismatches);
            checked += check(rnd.nextDouble() * Math.scalb(1.0, rnd.nextInt(-60, 60)), mismatches);
        }
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            checked += check(p, mismatches) + check(Math.nextUp(p), mismatches) + check(Math.nextDown(p), mismatches)
                    + check(3 * p, mismatches);
        }
        for (long v = (1L << 53) - 2000; v < (1L << 53) + 2000; v++) {
            checked += check(v, mismatches) + check(v * 10.0, mismatches);
        }
        for (long t = 3; t < 5000; t++) {
            checked += check(Double.longBitsToDouble(t), mismatches);
        }
        assertThat(checked).isGreaterThan(3_000_000);
        assertThat(mismatches).as("doubles whose repr differs from the oracle").isEmpty();
    }

    private static int check(double x, List<String> mismatches) {
        String got = PyFloat.repr(x);
        String want = oracle(x);
        if (!got.equals(want) && mismatches.size() < 20) {
            mismatches.add(Long.toHexString(Double.doubleToRawLongBits(x)) + ": want " + want + ", got " + got);
        }
        return 1;
    }

    static String oracle(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        StringBuilder out = new StringBuilder();
        if (Double.doubleToRawLongBits(x) < 0) {
            out.append('-');
        }
        if (x == 0) {
            return out.append("0.0").toString();
        }
        double v = Math.abs(x);
        String s = DoubleToDecimal.toString(v);
        int e = s.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(s, e + 1, s.length(), 10);
        int mantEnd = e < 0 ? s.length() : e;
        StringBuilder digits = new StringBuilder();
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
            if (digits.length() == 0 && c == '0') {
                leadingZeros++;
                continue;
            }
            digits.append(c);
        }
        while (digits.length() > 1 && digits.charAt(digits.length() - 1) == '0') {
            digits.setLength(digits.length() - 1);
        }
        int pointPos = intDigits + exp - leadingZeros;
        String d = digits.toString();
        if (d.length() == 2) {
            // Python takes a one-digit decimal whenever one reads back (the closer of two).
            int d0 = d.charAt(0) - '0';
            boolean downOk = d0 > 0 && Double.parseDouble(d0 + "e" + (pointPos - 1)) == v;
            boolean upOk = Double.parseDouble((d0 + 1) + "e" + (pointPos - 1)) == v;
            if (downOk && upOk) {
                BigDecimal exact = new BigDecimal(v);
                upOk = new BigDecimal((d0 + 1) + "e" + (pointPos - 1)).subtract(exact)
                        .compareTo(exact.subtract(new BigDecimal(d0 + "e" + (pointPos - 1)))) < 0;
                downOk = !upOk;
            }
            if (downOk) {
                d = String.valueOf(d0);
            } else if (upOk) {
                if (d0 + 1 == 10) {
                    d = "1";
                    pointPos++;
                } else {
                    d = String.valueOf(d0 + 1);
                }
            }
        }
        int n = d.length();
        if (pointPos <= -4 || pointPos > 16) {
            out.append(d.charAt(0));
            if (n > 1) {
                out.append('.').append(d, 1, n);
            }
            int x10 = pointPos - 1;
            out.append(x10 < 0 ? "e-" : "e+");
            if (Math.abs(x10) < 10) {
                out.append('0');
            }
            out.append(Math.abs(x10));
        } else if (pointPos <= 0) {
            out.append("0.").append("0".repeat(-pointPos)).append(d);
        } else if (pointPos < n) {
            out.append(d, 0, pointPos).append('.').append(d, pointPos, n);
        } else {
            out.append(d).append("0".repeat(pointPos - n)).append(".0");
        }
        return out.toString();
    }
}
