package io.omegalock.properties;

import io.omegalock.space.BoolParam;
import io.omegalock.space.ChoiceParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.ParamSpec;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of valid parameter specs and small spaces shared by the property tests.
 *
 * <p>Float bounds stay within +-1e6 with a span of at least 1e-3: there a g-point linspace
 * (g <= 12) has distinct, exactly representable ends. Outside that (spans of a few ulps, or
 * spans that overflow to infinity) the reference formula cannot promise strictly increasing
 * points, and those are not bounds anyone calibrates over. Int bounds stay within +-1e12 so
 * that {@code high - low} and every grid point are exact in a double.
 */
final class Generators {
    static final double FLOAT_BOUND = 1e6;
    static final long INT_BOUND = 1_000_000_000_000L;

    private Generators() {
    }

    static Arbitrary<FloatParam> floatParams() {
        Arbitrary<Double> ends = Arbitraries.oneOf(
                Arbitraries.doubles().between(-FLOAT_BOUND, FLOAT_BOUND),
                Arbitraries.doubles().between(-10, 10).ofScale(2),
                Arbitraries.of(-1.0, 0.0, 0.1, 0.3, 1.0, 5.0));
        return Combinators.combine(ends, ends, Arbitraries.doubles().between(0, 1))
                .filter((a, b, t) -> Math.abs(a - b) >= 1e-3)
                .as((a, b, t) -> {
                    double low = Math.min(a, b);
                    double high = Math.max(a, b);
                    double neutral = Math.min(high, Math.max(low, low + t * (high - low)));
                    return FloatParam.of("f", low, high, neutral);
                });
    }

    static Arbitrary<IntParam> intParams() {
        Arbitrary<Long> ends = Arbitraries.oneOf(
                Arbitraries.longs().between(-INT_BOUND, INT_BOUND),
                Arbitraries.longs().between(-20, 20));
        return Combinators.combine(ends, ends, Arbitraries.doubles().between(0, 1))
                .as((a, b, t) -> {
                    long low = Math.min(a, b);
                    long high = Math.max(a, b);
                    long neutral = Math.min(high, Math.max(low, low + (long) (t * (high - low))));
                    return IntParam.of("i", low, high, neutral);
                });
    }

    static Arbitrary<BoolParam> boolParams() {
        return Arbitraries.of(true, false).map(b -> BoolParam.of("b", b));
    }

    static Arbitrary<ChoiceParam> choiceParams() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(4)
                .set().ofMinSize(1).ofMaxSize(5)
                .flatMap(set -> {
                    List<String> choices = new ArrayList<>(set);
                    return Arbitraries.of(choices).map(n -> ChoiceParam.of("c", choices, n));
                });
    }

    /** Any valid spec, renamed. */
    static Arbitrary<ParamSpec> specs() {
        return Arbitraries.oneOf(floatParams(), intParams(), boolParams(), choiceParams());
    }

    /** Small-ranged specs for spaces whose grids get evaluated. */
    static Arbitrary<ParamSpec> smallSpecs() {
        Arbitrary<ParamSpec> f = Combinators.combine(
                        Arbitraries.integers().between(-10, 10), Arbitraries.integers().between(1, 20))
                .as((lo, span) -> FloatParam.of("f", lo, lo + span, lo));
        Arbitrary<ParamSpec> i = Combinators.combine(
                        Arbitraries.integers().between(-10, 10), Arbitraries.integers().between(0, 12))
                .as((lo, span) -> IntParam.of("i", lo, lo + span, lo + span / 2));
        return Arbitraries.oneOf(f, i, boolParams().map(b -> b), choiceParams().map(c -> c));
    }

    /** 1..maxSize specs with distinct names {@code x0, x1, ...}. */
    static Arbitrary<ParamSpace> smallSpaces(int maxSize) {
        return smallSpecs().list().ofMinSize(1).ofMaxSize(maxSize).map(list -> {
            List<ParamSpec> named = new ArrayList<>();
            for (int k = 0; k < list.size(); k++) {
                named.add(rename(list.get(k), "x" + k));
            }
            return ParamSpace.of(named);
        });
    }

    static ParamSpec rename(ParamSpec s, String name) {
        if (s instanceof FloatParam f) {
            return new FloatParam(name, f.low(), f.high(), f.neutral(), f.ofiBiased());
        }
        if (s instanceof IntParam i) {
            return new IntParam(name, i.low(), i.high(), i.neutral(), i.ofiBiased());
        }
        if (s instanceof BoolParam b) {
            return new BoolParam(name, b.neutral(), b.ofiBiased());
        }
        ChoiceParam c = (ChoiceParam) s;
        return new ChoiceParam(name, c.choices(), c.neutral(), c.ofiBiased());
    }
}
