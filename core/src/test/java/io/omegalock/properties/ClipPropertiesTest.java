package io.omegalock.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** SPEC §1 clip: floats clamp, ints round half to even then clamp; clip is idempotent. */
class ClipPropertiesTest {

    /** Any finite double, biased towards halves and bounds so rounding ties get exercised. */
    @Provide
    Arbitrary<Double> values() {
        return Arbitraries.oneOf(
                Arbitraries.doubles(),
                Arbitraries.doubles().between(-1e13, 1e13),
                Arbitraries.integers().between(-41, 41).map(k -> k / 2.0),
                Arbitraries.longs().between(-Generators.INT_BOUND, Generators.INT_BOUND).map(k -> k + 0.5),
                Arbitraries.of(Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -0.0, 0.49999999999999994));
    }

    @Provide
    Arbitrary<FloatParam> floats() {
        return Generators.floatParams();
    }

    @Provide
    Arbitrary<IntParam> ints() {
        return Generators.intParams();
    }

    @Property
    void floatClipStaysWithinBounds(@ForAll("floats") FloatParam p, @ForAll("values") double v) {
        double c = (Double) p.clip(v);
        assertThat(c).isBetween(p.low(), p.high());
        if (v >= p.low() && v <= p.high()) {
            assertThat(c).isEqualTo(v);
        }
    }

    @Property
    void floatClipIsIdempotent(@ForAll("floats") FloatParam p, @ForAll("values") double v) {
        double once = (Double) p.clip(v);
        assertThat(p.clip(once)).isEqualTo(once);
    }

    @Property
    void intClipStaysWithinBounds(@ForAll("ints") IntParam p, @ForAll("values") double v) {
        long c = (Long) p.clip(v);
        assertThat(c).isBetween(p.low(), p.high());
        assertThat(p.clipLong(v)).isEqualTo(c);
    }

    @Property
    void intClipIsRoundHalfToEvenThenClamp(@ForAll("ints") IntParam p, @ForAll("values") double v) {
        double r = Math.rint(v);
        long expected = r <= p.low() ? p.low() : r >= p.high() ? p.high() : (long) r;
        assertThat(p.clipLong(v)).isEqualTo(expected);
    }

    @Property
    void intClipIsIdempotent(@ForAll("ints") IntParam p, @ForAll("values") double v) {
        long once = p.clipLong(v);
        assertThat(p.clipLong(once)).isEqualTo(once);
    }

    /** Python's round: 0.5 -> 0, 1.5 -> 2, 2.5 -> 2, -0.5 -> 0, -1.5 -> -2. */
    @Example
    void intClipRoundsHalvesToEven() {
        IntParam p = IntParam.of("n", -10, 10, 0);
        assertThat(p.clipLong(0.5)).isZero();
        assertThat(p.clipLong(1.5)).isEqualTo(2);
        assertThat(p.clipLong(2.5)).isEqualTo(2);
        assertThat(p.clipLong(7.5)).isEqualTo(8);
        assertThat(p.clipLong(8.5)).isEqualTo(8);
        assertThat(p.clipLong(-0.5)).isZero();
        assertThat(p.clipLong(-1.5)).isEqualTo(-2);
        assertThat(p.clipLong(10.5)).isEqualTo(10);
        assertThat(p.clipLong(-10.5)).isEqualTo(-10);
    }
}
