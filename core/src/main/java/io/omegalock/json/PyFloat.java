package io.omegalock.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;

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
 * <p>The shortest digits are computed here, straight into the caller's byte buffer, without
 * an intermediate string (JDK 17's {@code Double.toString} is not always shortest):
 * <ol>
 * <li>Integers below 2^53 are their own digits.</li>
 * <li>A value with few decimals (grid points such as {@code -4.75}) is found by scaling with
 *     10^k for small k: when {@code m = x·10^k} is an integer below 10^15 and the correctly
 *     rounded quotient {@code m / 10^k} is {@code x} again, the decimal {@code m·10^-k} reads
 *     back as {@code x}; a double has at most one decimal of 15 or fewer significant digits
 *     that does, so it is the shortest.</li>
 * <li>Everything else goes through the Schubfach method (R. Giulietti, "The Schubfach way to
 *     render doubles", 2020): scale the rounding interval by a 126-bit approximation of a
 *     power of ten, then pick the shortest decimal inside it, the closest to {@code x} (ties
 *     to even digits) among equally short ones. The power table is read from a resource at
 *     class initialisation ({@code pyfloat-powers.bin}, 9.9 KB; computing it with
 *     {@link BigInteger} took 25 ms of every command's start), and {@code PyFloatTest} checks it
 *     against that computation ({@link #computePowerTable()}).</li>
 * </ol>
 * The two smallest subnormals are special: their rounding interval holds several one-digit
 * decimals, and Python prints the closest ({@code 5e-324}, {@code 1e-323}).
 */
public final class PyFloat {
    /** The longest repr: sign, 17 digits, point, "e-324". */
    static final int MAX_REPR_LENGTH = 32;

    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << 52;
    private static final long T_MASK = C_MIN - 1;
    private static final int BQ_MASK = 0x7ff;
    private static final long MASK_63 = Long.MAX_VALUE;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    /** g1(k), g0(k) for k in [K_MIN, K_MAX]: 10^-k = (g - eps) 2^r with 2^125 <= g < 2^126. */
    private static final long[] G = readPowerTable();
    /** Exact powers of ten as doubles, for the few-decimals path. */
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4};
    private static final long[] LONG_POW10 = longPowers();
    private static final double[] INVERSE_POW10 = inversePowers();
    private static final byte[] DIGIT_PAIRS = digitPairs();

    private PyFloat() {
    }

    /**
     * @param x any double
     * @return Python's {@code repr(x)} with JSON spellings for non-finite values
     */
    public static String repr(double x) {
        byte[] b = new byte[MAX_REPR_LENGTH];
        int n = writeRepr(x, b, 0);
        return new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * Appends {@link #repr(double)} of {@code x}.
     *
     * @param x   any double
     * @param out where to append
     */
    public static void appendRepr(double x, StringBuilder out) {
        byte[] b = new byte[MAX_REPR_LENGTH];
        int n = writeRepr(x, b, 0);
        for (int i = 0; i < n; i++) {
            out.append((char) b[i]);
        }
    }

    /**
     * Writes {@link #repr(double)} of {@code x} as ASCII bytes.
     *
     * @param x   any double
     * @param b   destination with at least {@link #MAX_REPR_LENGTH} bytes free from {@code pos}
     * @param pos where to start
     * @return the position after the last byte written
     */
    static int writeRepr(double x, byte[] b, int pos) {
        long bits = Double.doubleToRawLongBits(x);
        int bq = (int) (bits >>> 52) & BQ_MASK;
        long t = bits & T_MASK;
        if (bq == BQ_MASK) {
            return putAscii(b, pos, t != 0 ? "NaN" : bits > 0 ? "Infinity" : "-Infinity");
        }
        int p = pos;
        if (bits < 0) {
            b[p++] = '-';
        }
        if (bq == 0) {
            if (t == 0) {
                return putAscii(b, p, "0.0");
            }
            if (t < 3) {
                // Several one-digit decimals round to these; Python prints the closest.
                return putAscii(b, p, t == 1 ? "5e-324" : "1e-323");
            }
            return schubfach(Q_MIN, t, b, p);
        }
        long c = t | C_MIN;
        int mq = 1075 - bq; // v = c * 2^-mq
        if (0 < mq && mq < 53) {
            long f = c >> mq;
            if (f << mq == c) {
                return digits(f, 0, b, p); // an integer below 2^53
            }
        }
        if (bq >= 1009 && bq < 1073) {
            // 2^-14 <= |x| < 2^50: try a few decimals first.
            double a = Math.abs(x);
            for (int k = 1; k < POW10.length; k++) {
                double m = a * POW10[k];
                if (m >= 1e15) {
                    break;
                }
                long lm = (long) m;
                if (lm == m && lm / POW10[k] == a) {
                    return digits(lm, -k, b, p);
                }
            }
        }
        return schubfach(-mq, c, b, p);
    }

    /** Shortest digits of c * 2^q (c > 0), then the Python layout. */
    private static int schubfach(int q, long c, byte[] b, int p) {
        int out = (int) c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            // The interval below a power of two is half as wide.
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        int gi = (k - K_MIN) << 1;
        long g1 = G[gi];
        long g0 = G[gi + 1];
        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);
        long s = vb >> 2;
        if (s >= 10) {
            // One digit fewer: at most one multiple of ten fits in the interval. (The JDK
            // requires s >= 100 here and so prints 4.9E-323 where Python prints 5e-323.)
            long sp10 = 10 * (s / 10);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return digits(upin ? sp10 : tp10, k, b, p);
            }
        }
        long tt = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (tt << 2) + out <= vbr;
        if (uin != win) {
            return digits(uin ? s : tt, k, b, p);
        }
        // Both neighbours are inside: the closer one, the even one on a tie.
        long cmp = vb - ((s + tt) << 1);
        return digits(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : tt, k, b, p);
    }

    /** @return floor(g * cp / 2^127) with its lowest bit set when the rest is not zero */
    private static long rop(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (((z & MASK_63) + MASK_63) >>> 63);
    }

    /** @return floor(e * log10(2)) */
    private static int flog10pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    /** @return floor(log10(3/4 * 2^e)) */
    private static int flog10threeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L + -274_743_187_321L >> 41);
    }

    /** @return floor(e * log2(10)) */
    private static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /** The resource holding {@link #computePowerTable()}, big-endian longs. */
    static final String POWER_TABLE = "pyfloat-powers.bin";

    private static long[] readPowerTable() {
        long[] g = new long[(K_MAX - K_MIN + 1) * 2];
        try (InputStream in = PyFloat.class.getResourceAsStream(POWER_TABLE)) {
            if (in == null) {
                throw new IllegalStateException(POWER_TABLE + " is missing from the class path");
            }
            ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes());
            if (bytes.remaining() != g.length * Long.BYTES) {
                throw new IllegalStateException(POWER_TABLE + " has " + bytes.remaining() + " bytes, expected "
                        + g.length * Long.BYTES);
            }
            bytes.asLongBuffer().get(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + POWER_TABLE, e);
        }
        return g;
    }

    /** @return g1(k), g0(k) for k in [K_MIN, K_MAX], computed exactly (what {@link #POWER_TABLE} holds) */
    static long[] computePowerTable() {
        long[] g = new long[(K_MAX - K_MIN + 1) * 2];
        for (int k = K_MIN; k <= K_MAX; k++) {
            int e = -k;
            int r = flog2pow10(e) - 125; // 10^e / 2^r lies in [2^125, 2^126)
            BigInteger floor;
            if (e >= 0) {
                BigInteger p = BigInteger.TEN.pow(e);
                floor = r >= 0 ? p.shiftRight(r) : p.shiftLeft(-r);
            } else {
                floor = BigInteger.ONE.shiftLeft(-r).divide(BigInteger.TEN.pow(-e));
            }
            BigInteger v = floor.add(BigInteger.ONE);
            int i = (k - K_MIN) << 1;
            g[i] = v.shiftRight(63).longValueExact();
            g[i + 1] = v.longValue() & MASK_63;
        }
        return g;
    }

    private static long[] longPowers() {
        long[] p = new long[19];
        p[0] = 1;
        for (int i = 1; i < p.length; i++) {
            p[i] = p[i - 1] * 10;
        }
        return p;
    }

    private static double[] inversePowers() {
        double[] p = new double[19];
        for (int i = 0; i < p.length; i++) {
            p[i] = 1.0 / LONG_POW10[i];
        }
        return p;
    }

    private static byte[] digitPairs() {
        byte[] d = new byte[200];
        for (int i = 0; i < 100; i++) {
            d[2 * i] = (byte) ('0' + i / 10);
            d[2 * i + 1] = (byte) ('0' + i % 10);
        }
        return d;
    }

    /**
     * Lays out f * 10^e (f > 0) as Python's repr: trailing zeros of f dropped, positional for
     * decimal exponents in [-4, 16), {@code d.ddde±XX} otherwise.
     */
    private static int digits(long f, int e, byte[] b, int p) {
        for (long q = quotient(f, 1); q * 10 == f; q = quotient(f, 1)) {
            f = q;
            e++;
        }
        int n = length(f);
        int pointPos = n + e; // value = 0.DIGITS * 10^pointPos
        if (pointPos <= -4 || pointPos > 16) {
            // d.ddd e±XX: write the digits one place to the right, then lift the first.
            writeLong(f, b, p + 1, n);
            b[p] = b[p + 1];
            int q;
            if (n > 1) {
                b[p + 1] = '.';
                q = p + n + 1;
            } else {
                q = p + 1;
            }
            int x = pointPos - 1;
            b[q++] = 'e';
            b[q++] = (byte) (x < 0 ? '-' : '+');
            x = Math.abs(x);
            if (x >= 100) {
                b[q++] = (byte) ('0' + x / 100);
                x %= 100;
            }
            b[q++] = DIGIT_PAIRS[2 * x];
            b[q++] = DIGIT_PAIRS[2 * x + 1];
            return q;
        }
        if (pointPos <= 0) {
            b[p++] = '0';
            b[p++] = '.';
            for (int i = pointPos; i < 0; i++) {
                b[p++] = '0';
            }
            writeLong(f, b, p, n);
            return p + n;
        }
        if (pointPos < n) {
            // Integer part, point, fraction: split the number.
            long whole = quotient(f, n - pointPos);
            writeLong(whole, b, p, pointPos);
            p += pointPos;
            b[p++] = '.';
            writeLong(f - whole * LONG_POW10[n - pointPos], b, p, n - pointPos); // keeps leading zeros of the fraction
            return p + n - pointPos;
        }
        writeLong(f, b, p, n);
        p += n;
        for (int i = n; i < pointPos; i++) {
            b[p++] = '0';
        }
        b[p++] = '.';
        b[p++] = '0';
        return p;
    }

    /** @return decimal digits of f, 1 <= f < 10^18 */
    private static int length(long f) {
        int n = 1;
        while (n < 18 && f >= LONG_POW10[n]) {
            n++;
        }
        return n;
    }

    /**
     * Writes exactly n digits of v (zero-padded on the left) at b[p..p+n); v must have at most
     * n digits. Eight digits at a time in long arithmetic, then pairs in int arithmetic.
     */
    static void writeLong(long v, byte[] b, int p, int n) {
        int i = p + n;
        while (v > Integer.MAX_VALUE) {
            long q = quotient(v, 8);
            int r = (int) (v - q * 100_000_000L);
            v = q;
            for (int k = 0; k < 4; k++) {
                int r2 = r / 100;
                int d = r - r2 * 100;
                r = r2;
                b[--i] = DIGIT_PAIRS[2 * d + 1];
                b[--i] = DIGIT_PAIRS[2 * d];
            }
        }
        int iv = (int) v;
        while (i - p >= 2) {
            int q = iv / 100;
            int d = iv - q * 100;
            iv = q;
            b[--i] = DIGIT_PAIRS[2 * d + 1];
            b[--i] = DIGIT_PAIRS[2 * d];
        }
        if (i > p) {
            b[--i] = (byte) ('0' + iv % 10);
        }
    }

    /**
     * v / 10^k for 0 <= v < 2^62 and 1 <= k <= 18, by a multiplication and a correction: under
     * the quick compiler (C1) a long division is a call into the JVM's runtime, and formatting a
     * double made a few of them.
     */
    private static long quotient(long v, int k) {
        long d = LONG_POW10[k];
        long q = (long) (v * INVERSE_POW10[k]);
        long r = v - q * d;
        while (r < 0) {
            q--;
            r += d;
        }
        while (r >= d) {
            q++;
            r -= d;
        }
        return q;
    }

    private static int putAscii(byte[] b, int p, String s) {
        for (int i = 0; i < s.length(); i++) {
            b[p++] = (byte) s.charAt(i);
        }
        return p;
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
}
