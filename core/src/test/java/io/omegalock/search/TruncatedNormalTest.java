package io.omegalock.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The truncated standard normal against values computed with mpmath 1.3 at 60 significant
 * digits ({@code log(ncdf(b) - ncdf(a))}, and the truncated quantile by root finding on
 * {@code log ncdf}), including intervals so far in a tail that Phi itself underflows.
 */
class TruncatedNormalTest {

    static Stream<Arguments> logPhiMatchesMpmath() {
        return Stream.of(
                Arguments.of(-50.0, -1254.8313611394199),
                Arguments.of(-38.0, -726.55721601882013),
                Arguments.of(-35.5, -634.61426315508839),
                Arguments.of(-35.0, -616.97510126192251),
                Arguments.of(-10.0, -53.231285150512471),
                Arguments.of(-1.0, -1.8410216450092635),
                Arguments.of(0.0, -0.69314718055994531),
                Arguments.of(3.0, -0.0013508099647481938),
                Arguments.of(10.0, -7.6198530241605261e-24));
    }

    @ParameterizedTest
    @MethodSource
    void logPhiMatchesMpmath(double z, double expected) {
        assertThat(TruncatedNormal.logPhi(z)).isCloseTo(expected, within(Math.abs(expected) * 1e-13));
    }

    @Property
    void logPhiIsContinuousWhereTheSeriesTakesOver(@ForAll @DoubleRange(min = 1e-9, max = 1e-3) @Scale(12) double h) {
        double inside = TruncatedNormal.logPhi(-35 + h);
        double outside = TruncatedNormal.logPhi(-35 - h);
        // The slope there is phi(-35) / Phi(-35) = 35.028525 (mpmath), so no jump means a step of 2 h times that.
        assertThat(inside - outside).isCloseTo(2 * h * 35.028525, within(1e-12 + 1e-4 * h));
    }

    static Stream<Arguments> logMassMatchesMpmath() {
        return Stream.of(
                Arguments.of(-40.0, -39.0, -765.08315656437754),
                Arguments.of(39.0, 40.0, -765.08315656437754),
                Arguments.of(-1.0, 2.0, -0.20016629432446258),
                Arguments.of(8.0, 8.5, -35.028792508579748),
                Arguments.of(-3.0, -2.999, -12.325193603978616),
                Arguments.of(0.5, 30.0, -1.1759117615936186));
    }

    @ParameterizedTest
    @MethodSource
    void logMassMatchesMpmath(double a, double b, double expected) {
        assertThat(TruncatedNormal.logMass(a, b)).isCloseTo(expected, within(Math.abs(expected) * 1e-11));
    }

    static Stream<Arguments> quantileMatchesMpmath() {
        return Stream.of(
                Arguments.of(8.0, 8.5, 0.5, 8.0830676605252938),
                Arguments.of(-40.0, -39.0, 0.5, -39.017757305232351),
                Arguments.of(39.0, 40.0, 0.25, 39.007370927551694),
                Arguments.of(-1.0, 2.0, 0.9, 1.2557153641502153),
                Arguments.of(-2.0, -1.0, 0.001, -1.9974891297778182),
                Arguments.of(0.0, 50.0, 0.999999, 4.8916384756929318),
                Arguments.of(-60.0, -59.9, 0.3, -59.919994208307123));
    }

    @ParameterizedTest
    @MethodSource
    void quantileMatchesMpmath(double a, double b, double u, double expected) {
        assertThat(TruncatedNormal.quantile(a, b, u)).isCloseTo(expected, within(Math.abs(expected) * 1e-12));
    }

    static Stream<Arguments> densityIntegratesToOne() {
        return Stream.of(
                Arguments.of(-3.0, 2.0),
                Arguments.of(-0.001, 0.001),
                Arguments.of(0.0, 100.0),
                Arguments.of(5.0, 9.0),
                Arguments.of(-40.0, -38.0),
                Arguments.of(37.0, 37.5));
    }

    @ParameterizedTest
    @MethodSource
    void densityIntegratesToOne(double a, double b) {
        double logMass = TruncatedNormal.logMass(a, b);
        int n = 200_000;
        double h = (b - a) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double f = Math.exp(TruncatedNormal.logDensity(a + i * h, logMass));
            sum += f * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
        }
        assertThat(sum * h / 3).isCloseTo(1.0, within(1e-9));
    }

    @Property
    void quantileStaysInsideAndIsMonotone(@ForAll @DoubleRange(min = -60, max = 60) double a,
                                          @ForAll @DoubleRange(min = 1e-6, max = 20) @Scale(8) double width,
                                          @ForAll @DoubleRange(min = 0, max = 1) double u) {
        double b = a + width;
        double z = TruncatedNormal.quantile(a, b, u);
        assertThat(z).isBetween(a, b);
        double v = Math.min(1, u + 1e-3);
        assertThat(TruncatedNormal.quantile(a, b, v)).isGreaterThanOrEqualTo(z);
    }

    @Property
    void quantileInvertsTheTruncatedCdf(@ForAll @DoubleRange(min = -45, max = 45) double a,
                                        @ForAll @DoubleRange(min = 0.01, max = 10) double width,
                                        @ForAll @DoubleRange(min = 0.01, max = 0.99) double u) {
        double b = a + width;
        double z = TruncatedNormal.quantile(a, b, u);
        // F(z) = mass(a, z) / mass(a, b), both in log space so far tails keep their precision.
        double share = Math.exp(TruncatedNormal.logMass(a, z) - TruncatedNormal.logMass(a, b));
        assertThat(share).isCloseTo(u, within(1e-9));
    }

    @Property
    void inverseLogPhiInvertsLogPhi(@ForAll @DoubleRange(min = -80, max = 8) double z) {
        assertThat(TruncatedNormal.inverseLogPhi(TruncatedNormal.logPhi(z))).isCloseTo(z, within(1e-9 * (1 + Math.abs(z))));
    }

    @ParameterizedTest
    @MethodSource("densityIntegratesToOne")
    void quantileEndsAreTheBounds(double a, double b) {
        assertThat(TruncatedNormal.quantile(a, b, 0)).isEqualTo(a);
        assertThat(TruncatedNormal.quantile(a, b, 1)).isEqualTo(b);
    }
}
