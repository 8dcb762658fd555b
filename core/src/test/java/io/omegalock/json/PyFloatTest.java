package io.omegalock.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PyFloatTest {

    @Test
    void longsAreWrittenAsLongToStringWritesThemUpToLongMax() {
        java.util.Random rnd = new java.util.Random(5);
        List<Long> values = new ArrayList<>(List.of(0L, 9L, 10L, 99_999_999L, 100_000_000L, 2_147_483_647L,
                2_147_483_648L, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L, 1L << 62, (1L << 62) + 1,
                Long.MAX_VALUE, Long.MAX_VALUE - 1));
        for (int i = 0; i < 100_000; i++) {
            values.add((rnd.nextLong() >>> 1) >>> rnd.nextInt(63));
        }
        for (long v : values) {
            String want = Long.toString(v);
            byte[] b = new byte[want.length()];
            PyFloat.writeLong(v, b, 0, b.length);
            assertThat(new String(b, StandardCharsets.US_ASCII)).isEqualTo(want);
            assertThat(new JsonBuffer().number(v).toString()).isEqualTo(want);
            assertThat(new JsonBuffer().number(-v).toString()).isEqualTo(Long.toString(-v));
        }
    }

    @Test
    void thePowerTableResourceIsTheExactComputation() throws Exception {
        long[] computed = PyFloat.computePowerTable();
        byte[] stored;
        try (InputStream in = PyFloat.class.getResourceAsStream(PyFloat.POWER_TABLE)) {
            stored = in.readAllBytes();
        }
        long[] read = new long[stored.length / Long.BYTES];
        java.nio.ByteBuffer.wrap(stored).asLongBuffer().get(read);
        assertThat(read).isEqualTo(computed);
    }

    /** One line of pyfloat_cases.txt.gz, produced by Python 3 (tools/gen_pyfloat_cases.py). */
    private record Case(double x, String repr, String f0, String f2, String f3) {
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream raw = PyFloatTest.class.getResourceAsStream("pyfloat_cases.txt.gz");
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                     StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(" ");
                double x = Double.longBitsToDouble(Long.parseUnsignedLong(f[0], 16));
                out.add(new Case(x, f[1], f[2], f[3], f[4]));
            }
        }
        return out;
    }

    private static String jsonSpelling(String pythonRepr) {
        return switch (pythonRepr) {
            case "inf" -> "Infinity";
            case "-inf" -> "-Infinity";
            case "nan" -> "NaN";
            default -> pythonRepr;
        };
    }

    @Test
    void reprMatchesPythonOnEveryGeneratedCase() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThan(20_000);
        List<String> mismatches = new ArrayList<>();
        for (Case c : cases) {
            String got = PyFloat.repr(c.x());
            if (!got.equals(jsonSpelling(c.repr()))) {
                mismatches.add(c.repr() + " -> " + got);
            }
        }
        assertThat(mismatches).as("doubles whose repr differs from Python's").isEmpty();
    }

    @Test
    void fixedPointFormatMatchesPython() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (Case c : cases()) {
            if (c.f0().equals("-")) {
                continue;
            }
            checked++;
            String got = PyFloat.format(c.x(), 0) + " " + PyFloat.format(c.x(), 2) + " " + PyFloat.format(c.x(), 3);
            String want = c.f0() + " " + c.f2() + " " + c.f3();
            if (!got.equals(want)) {
                mismatches.add(c.repr() + ": want " + want + ", got " + got);
            }
        }
        assertThat(checked).isGreaterThan(10_000);
        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.0001|0.0001", "1e-05|0.00001", "1.0|1", "-0.0|-0.0", "123456789012345.0|123456789012345",
        "1e+16|1e16", "1.5e+16|1.5e16", "2.5e+17|2.5e17", "1e-300|1e-300", "5e-324|4.9e-324",
        "0.30000000000000004|0.30000000000000004", "1e+22|1e22", "9007199254740992.0|9007199254740993"})
    void reprEdgeCasesFromTheSpec(String expected, String input) {
        assertThat(PyFloat.repr(Double.parseDouble(input))).isEqualTo(expected);
    }

    @Test
    void formatKeepsTheSignOfNegativeValuesRoundingToZero() {
        assertThat(PyFloat.format(-0.0004, 3)).isEqualTo("-0.000");
        assertThat(PyFloat.format(2.5, 0)).isEqualTo("2");
        assertThat(PyFloat.format(Double.NEGATIVE_INFINITY, 2)).isEqualTo("-inf");
        assertThatThrownBy(() -> PyFloat.format(1.0, -1)).hasMessageContaining("-1");
    }

    @Property
    void reprReadsBackAsTheSameDouble(@ForAll double x) {
        String s = PyFloat.repr(x);
        double back = switch (s) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
        assertThat(Double.doubleToLongBits(back)).isEqualTo(Double.doubleToLongBits(x));
    }
}
