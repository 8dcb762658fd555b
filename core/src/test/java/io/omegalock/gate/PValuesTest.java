package io.omegalock.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One p-value format: four decimals from 0.001 up, two significant digits below, never zero. */
class PValuesTest {

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(14.0 / 120, "0.1167"),
                Arguments.of(1.0 / 120, "0.0083"),
                Arguments.of(0.05, "0.0500"),
                Arguments.of(1.0, "1.0000"),
                Arguments.of(0.001, "0.0010"),
                Arguments.of(0.000999, "1.0e-03"),
                // 100 of the 10! orderings, the example: 2.76e-05.
                Arguments.of(100.0 / 3_628_800, "2.8e-05"),
                // The smallest exact p at N = 10 and the smallest Monte Carlo p at B = 10,000.
                Arguments.of(1.0 / 3_628_800, "2.8e-07"),
                Arguments.of(1.0 / 10_001, "1.0e-04"));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void formats(double p, String expected) {
        assertThat(PValues.format(p)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aNonzeroPValueNeverReadsAsZero(double p, String ignored) {
        assertThat(Double.parseDouble(PValues.format(p))).isPositive().isCloseTo(p,
                org.assertj.core.api.Assertions.withinPercentage(5));
    }

    @Test
    void basisLetsAReaderRecomputeTheValue() {
        assertThat(PValues.basis("exact_enumeration", 120, 14))
                .isEqualTo("exact: 14 of 120 orderings at least as extreme");
        assertThat(PValues.basis("monte_carlo", 10_000, 0))
                .isEqualTo("Monte Carlo: 0 of 10000 draws at least as extreme, p = (0 + 1) / (10000 + 1)");
    }
}
