package io.omegalock.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.omegalock.eval.Evaluator;
import io.omegalock.gate.Thresholds;
import io.omegalock.pipeline.IterativeConfig;
import io.omegalock.pipeline.IterativePipeline;
import io.omegalock.pipeline.IterativeResult;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.space.BoolParam;
import io.omegalock.space.ChoiceParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.GridAxes;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.ParamSpec;
import io.omegalock.target.Target;
import io.omegalock.target.Targets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** SPEC §4 grid axes and the zooming grid's {@code grid_points_in}. */
class GridAxesPropertiesTest {

    @Provide
    Arbitrary<FloatParam> floats() {
        return Generators.floatParams();
    }

    @Provide
    Arbitrary<IntParam> ints() {
        return Generators.intParams();
    }

    @Provide
    Arbitrary<BoolParam> bools() {
        return Generators.boolParams();
    }

    @Provide
    Arbitrary<ChoiceParam> choices() {
        return Generators.choiceParams();
    }

    @Provide
    Arbitrary<ParamSpec> specs() {
        return Generators.specs();
    }

    /** Sub-range ends: anywhere, far outside, infinite, reversed or equal. */
    @Provide
    Arbitrary<Double> ends() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-2 * Generators.FLOAT_BOUND, 2 * Generators.FLOAT_BOUND),
                Arbitraries.doubles().between(-25, 25).ofScale(1),
                Arbitraries.doubles(),
                Arbitraries.of(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0.0, -Double.MAX_VALUE));
    }

    /**
     * The reference formula {@code low + ((high - low) * i) / (g - 1)} (SPEC §4, kept for
     * bit-for-bit agreement) does not always land exactly on {@code high}: for [-3, 0.3] it
     * gives 0.2999999999999998, and for [-0.1, 0.2] it gives 0.20000000000000004, outside
     * the bounds. Points are therefore the formula's value capped at {@code high}: identical to
     * the reference whenever the reference stays in bounds, and never outside.
     */
    @Property
    void floatAxisHasExactlyGStrictlyIncreasingPointsFromLowToHigh(
            @ForAll("floats") FloatParam p, @ForAll @IntRange(min = 2, max = 12) int g) {
        List<Double> pts = doubles(GridAxes.points(p, g));
        assertThat(pts).hasSize(g);
        assertThat(pts.get(0)).isEqualTo(p.low());
        assertThat(pts).allSatisfy(v -> assertThat(v).isBetween(p.low(), p.high()));
        assertThat(pts.get(g - 1)).isCloseTo(p.high(), within(roundingSlack(p.low(), p.high())));
        assertStrictlyIncreasing(pts);
        for (int i = 0; i < g; i++) {
            double reference = p.low() + ((p.high() - p.low()) * i) / (g - 1);
            assertThat(pts.get(i)).isEqualTo(Math.min(p.high(), reference));
        }
    }

    @Example
    void floatAxisNeverOvershootsHigh() {
        // Reference formula: -0.1 + ((0.2 - -0.1) * 4) / 4 = 0.20000000000000004 > 0.2.
        assertThat(GridAxes.points(FloatParam.of("x", -0.1, 0.2, 0), 5)).last().isEqualTo(0.2);
        assertThat(GridAxes.pointsIn(FloatParam.of("x", -1, 1, 0), -0.1, 0.2, 5)).last().isEqualTo(0.2);
        assertThat(GridAxes.points(FloatParam.of("x", -1, 0.01, 0), 5)).last().isEqualTo(0.01);
        // Here the reference formula falls short of high; that value is kept (it is in bounds).
        assertThat(GridAxes.points(FloatParam.of("x", -3, 0.3, 0), 5)).last().isEqualTo(0.2999999999999998);
    }

    /**
     * What the overshoot broke: the iterative loop locks a round's winner into the base through
     * validated params, so a winner at the top grid point of [-0.1, 0.2] was refused as
     * "outside [-0.1, 0.2]" and the run crashed.
     */
    @Example
    void iterativeRunLocksAWinnerAtTheUpperBound() {
        ParamSpace space = ParamSpace.of(FloatParam.of("x", -0.1, 0.2, 0), FloatParam.of("y", -0.1, 0.2, 0));
        Target target = Targets.of(space, q -> q.getDouble("x") + 2 * q.getDouble("y"));
        PipelineConfig round = PipelineConfig.builder().unlockK(1)
                .thresholds(Thresholds.pureObjective().withGiniMin(-1).withTopBotRatioMin(-1)).build();
        IterativeResult r = new IterativePipeline(new IterativeConfig(round, 2, 0.0, true), Evaluator.sequential())
                .run(PipelineTargets.of(target));
        assertThat(r.toMap().get("final_status")).isEqualTo("PASS");
        assertThat(r.rounds()).hasSize(2);
        for (PipelineResult pr : r.rounds()) {
            assertThat(pr.selected().unlocked().values()).containsExactly(0.2);
        }
    }

    @Property
    void intAxisHasAtMostGIncreasingIntegersWithinBounds(
            @ForAll("ints") IntParam p, @ForAll @IntRange(min = 2, max = 12) int g) {
        List<Long> pts = longs(GridAxes.points(p, g));
        assertThat(pts).isNotEmpty().hasSizeLessThanOrEqualTo(g);
        assertStrictlyIncreasing(pts);
        assertThat(pts).allSatisfy(v -> assertThat(v).isBetween(p.low(), p.high()));
        assertThat(pts.get(0)).isEqualTo(p.low());
        assertThat(pts.get(pts.size() - 1)).isEqualTo(p.high());
        if (p.high() - p.low() + 1 <= g) {
            List<Long> all = new ArrayList<>();
            for (long v = p.low(); v <= p.high(); v++) {
                all.add(v);
            }
            assertThat(pts).isEqualTo(all);
        }
    }

    @Property
    void boolAxisIsFalseThenTrue(@ForAll("bools") BoolParam p, @ForAll @IntRange(min = 2, max = 12) int g) {
        assertThat(GridAxes.points(p, g)).containsExactly(false, true);
    }

    @Property
    void choiceAxisIsEveryChoiceInOrder(@ForAll("choices") ChoiceParam p, @ForAll @IntRange(min = 2, max = 12) int g) {
        assertThat(GridAxes.points(p, g)).containsExactlyElementsOf(p.choices());
    }

    @Property
    void pointsInStaysWithinBoundsAndIsSorted(@ForAll("specs") ParamSpec p, @ForAll("ends") double lo,
                                              @ForAll("ends") double hi, @ForAll @IntRange(min = 2, max = 12) int g) {
        List<Object> pts = GridAxes.pointsIn(p, lo, hi, g);
        assertThat(pts).isNotEmpty();
        if (p instanceof FloatParam f) {
            List<Double> d = doubles(pts);
            assertThat(d).hasSizeLessThanOrEqualTo(g).isSorted();
            assertThat(d).allSatisfy(v -> assertThat(v).isBetween(f.low(), f.high()));
            // The ends are the clipped lo and hi, in either order.
            double a = (Double) f.clip(lo);
            double b = (Double) f.clip(hi);
            assertThat(d.get(0)).isEqualTo(Math.min(a, b));
            double top = Math.max(a, b);
            assertThat(d.get(d.size() - 1)).isCloseTo(top, within(roundingSlack(d.get(0), top)));
        } else if (p instanceof IntParam i) {
            List<Long> l = longs(pts);
            assertThat(l).hasSizeLessThanOrEqualTo(g);
            assertStrictlyIncreasing(l);
            assertThat(l).allSatisfy(v -> assertThat(v).isBetween(i.low(), i.high()));
        } else {
            assertThat(pts).isEqualTo(GridAxes.points(p, g));
        }
    }

    @Property
    void pointsInIsSymmetricInItsEnds(@ForAll("specs") ParamSpec p, @ForAll("ends") double lo,
                                      @ForAll("ends") double hi, @ForAll @IntRange(min = 2, max = 12) int g) {
        assertThat(GridAxes.pointsIn(p, hi, lo, g)).isEqualTo(GridAxes.pointsIn(p, lo, hi, g));
    }

    @Property
    void pointsInOverTheFullRangeEqualsPoints(@ForAll("specs") ParamSpec p, @ForAll @IntRange(min = 2, max = 12) int g) {
        double lo = p instanceof FloatParam f ? f.low() : p instanceof IntParam i ? i.low() : 0;
        double hi = p instanceof FloatParam f ? f.high() : p instanceof IntParam i ? i.high() : 0;
        assertThat(GridAxes.pointsIn(p, lo, hi, g)).isEqualTo(GridAxes.points(p, g));
    }

    /** How far rounding may leave the last linspace point short of the top: a few ulps of the larger end. */
    private static double roundingSlack(double a, double b) {
        return 4 * Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
    }

    private static List<Double> doubles(List<Object> pts) {
        assertThat(pts).allSatisfy(v -> assertThat(v).isInstanceOf(Double.class));
        List<Double> out = new ArrayList<>();
        pts.forEach(v -> out.add((Double) v));
        return out;
    }

    private static List<Long> longs(List<Object> pts) {
        assertThat(pts).allSatisfy(v -> assertThat(v).isInstanceOf(Long.class));
        List<Long> out = new ArrayList<>();
        pts.forEach(v -> out.add((Long) v));
        return out;
    }

    private static <T extends Comparable<T>> void assertStrictlyIncreasing(List<T> xs) {
        for (int k = 1; k < xs.size(); k++) {
            assertThat(xs.get(k)).as("point %d of %s", k, xs).isGreaterThan(xs.get(k - 1));
        }
    }
}
