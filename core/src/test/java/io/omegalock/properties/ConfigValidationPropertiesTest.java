package io.omegalock.properties;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import io.omegalock.gate.Thresholds;
import io.omegalock.pipeline.IterativeConfig;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.search.GridSearch;
import io.omegalock.search.ZoomingGridSearch;
import io.omegalock.space.BoolParam;
import io.omegalock.space.ChoiceParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.ParamSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.assertj.core.api.AbstractThrowableAssert;

/** SPEC §1 and §7: every invalid value is refused at construction, naming the key or parameter. */
class ConfigValidationPropertiesTest {

    private static AbstractThrowableAssert<?, ? extends Throwable> rejects(Runnable build, String key) {
        return assertThatThrownBy(build::run).isInstanceOf(BadInputException.class).hasMessageContaining(key);
    }

    @Provide
    Arbitrary<Double> nonFinite() {
        return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    @Provide
    Arbitrary<Double> notPositive() {
        return Arbitraries.oneOf(Arbitraries.doubles().lessOrEqual(0), nonFinite(), Arbitraries.of(-0.0, 0.0));
    }

    @Provide
    Arbitrary<Double> outsideUnitInterval() {
        return Arbitraries.oneOf(Arbitraries.doubles().lessOrEqual(0), Arbitraries.doubles().greaterOrEqual(1),
                nonFinite(), Arbitraries.of(0.0, -0.0, 1.0));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().alpha().numeric().withChars('_').ofMinLength(1).ofMaxLength(10);
    }

    // ---- pipeline config (SPEC §7) ----

    @Property
    void unlockKBelowOne(@ForAll @IntRange(min = Integer.MIN_VALUE, max = 0) int k) {
        rejects(() -> PipelineConfig.builder().unlockK(k).build(), "unlock_k").hasMessageContaining(String.valueOf(k));
    }

    @Property
    void gridPointsBelowTwo(@ForAll @IntRange(min = Integer.MIN_VALUE, max = 1) int g) {
        rejects(() -> new GridSearch(g), "grid_points_per_axis").hasMessageContaining(String.valueOf(g));
        rejects(() -> new ZoomingGridSearch(g, 2, 0.5), "grid_points_per_axis");
    }

    @Property
    void walkForwardTopNBelowTwo(@ForAll @IntRange(min = Integer.MIN_VALUE, max = 1) int n) {
        rejects(() -> PipelineConfig.builder().walkForwardTopN(n).build(), "walk_forward_top_n")
                .hasMessageContaining(String.valueOf(n));
    }

    @Property
    void tradeRatioScaleNotPositiveOrNotFinite(@ForAll("notPositive") double s) {
        rejects(() -> PipelineConfig.builder().tradeRatioScale(s).build(), "trade_ratio_scale");
    }

    @Example
    void tradeRatioScaleInfinite() {
        rejects(() -> PipelineConfig.builder().tradeRatioScale(Double.POSITIVE_INFINITY).build(), "trade_ratio_scale");
    }

    @Property
    void zoomRoundsBelowOne(@ForAll @IntRange(min = Integer.MIN_VALUE, max = 0) int r) {
        rejects(() -> new ZoomingGridSearch(5, r, 0.5), "zoom_rounds").hasMessageContaining(String.valueOf(r));
    }

    @Property
    void zoomFactorOutsideOpenUnitInterval(@ForAll("outsideUnitInterval") double z) {
        rejects(() -> new ZoomingGridSearch(5, 2, z), "zoom_factor");
    }

    @Property
    void nonFiniteThresholds(@ForAll("nonFinite") double v) {
        Thresholds t = Thresholds.defaults();
        List<Function<Double, Thresholds>> setters = List.of(t::withTimeBoxSeconds, t::withGiniMin,
                t::withTopBotRatioMin, t::withPearsonMin, t::withTradeRatioMin);
        List<String> keys = List.of("kc_thresholds.time_box_seconds", "kc_thresholds.gini_min",
                "kc_thresholds.top_bot_ratio_min", "kc_thresholds.pearson_min", "kc_thresholds.trade_ratio_min");
        for (int i = 0; i < setters.size(); i++) {
            Function<Double, Thresholds> set = setters.get(i);
            rejects(() -> set.apply(v), keys.get(i));
        }
    }

    @Property
    void nonFiniteHoldoutFloors(@ForAll("nonFinite") double v) {
        rejects(() -> PipelineConfig.builder().holdoutMinFitness(v).build(), "holdout.min_fitness");
        rejects(() -> PipelineConfig.builder().holdoutMinTradeRatio(v).build(), "holdout.min_trade_ratio");
    }

    @Property
    void negativeMinNonzeroStressCount(@ForAll @IntRange(min = Integer.MIN_VALUE, max = -1) int n) {
        rejects(() -> Thresholds.defaults().withMinNonzeroStressCount(n), "min_nonzero_stress_count")
                .hasMessageContaining(String.valueOf(n));
    }

    @Property
    void iterativeRoundsBelowOne(@ForAll @IntRange(min = Integer.MIN_VALUE, max = 0) int r) {
        PipelineConfig round = PipelineConfig.builder().build();
        rejects(() -> new IterativeConfig(round, r, 0.0, true), "iterative.rounds")
                .hasMessageContaining(String.valueOf(r));
    }

    @Property
    void nonFiniteIterativeMinImprovement(@ForAll("nonFinite") double v) {
        rejects(() -> new IterativeConfig(PipelineConfig.builder().build(), 3, v, true), "iterative.min_improvement");
    }

    // ---- parameter specs (SPEC §1) ----

    @Property
    void floatLowAboveHigh(@ForAll("names") String name, @ForAll double a, @ForAll double b) {
        double low = Math.max(a, b);
        double high = Math.min(a, b);
        net.jqwik.api.Assume.that(low > high);
        rejects(() -> FloatParam.of(name, low, high, low), "'" + name + "'");
    }

    @Property
    void intLowAboveHigh(@ForAll("names") String name, @ForAll long a, @ForAll long b) {
        net.jqwik.api.Assume.that(a != b);
        long low = Math.max(a, b);
        long high = Math.min(a, b);
        rejects(() -> IntParam.of(name, low, high, low), "'" + name + "'");
    }

    @Property
    void floatNeutralOutsideBounds(@ForAll("names") String name, @ForAll @LongRange(min = -1000, max = 1000) long low,
                                   @ForAll @LongRange(min = 0, max = 100) long span,
                                   @ForAll @LongRange(min = 1, max = 1000) long away, @ForAll boolean above) {
        double neutral = above ? low + span + away * 1e-3 : low - away * 1e-3;
        rejects(() -> FloatParam.of(name, low, low + span, neutral), "'" + name + "'");
    }

    @Property
    void intNeutralOutsideBounds(@ForAll("names") String name, @ForAll @LongRange(min = -1000, max = 1000) long low,
                                 @ForAll @LongRange(min = 0, max = 100) long span,
                                 @ForAll @LongRange(min = 1, max = 1000) long away, @ForAll boolean above) {
        long neutral = above ? low + span + away : low - away;
        rejects(() -> IntParam.of(name, low, low + span, neutral), "'" + name + "'");
    }

    @Property
    void floatNonFiniteBoundsOrNeutral(@ForAll("names") String name, @ForAll("nonFinite") double bad,
                                       @ForAll @IntRange(min = 0, max = 2) int which) {
        double low = which == 0 ? bad : -1;
        double high = which == 1 ? bad : 1;
        double neutral = which == 2 ? bad : 0;
        rejects(() -> FloatParam.of(name, low, high, neutral), "'" + name + "'");
    }

    @Property
    void duplicateNames(@ForAll("names") String name, @ForAll("specLists") List<ParamSpec> others,
                        @ForAll @IntRange(min = 0, max = 10) int at) {
        List<ParamSpec> specs = new ArrayList<>(others);
        specs.add(Math.min(at, specs.size()), BoolParam.of(name, true));
        specs.add(Generators.rename(specs.get(specs.size() - 1), name));
        rejects(() -> ParamSpace.of(specs), "'" + name + "'");
    }

    @Provide
    Arbitrary<List<ParamSpec>> specLists() {
        return Generators.specs().list().ofMaxSize(4).map(list -> {
            List<ParamSpec> out = new ArrayList<>();
            for (int k = 0; k < list.size(); k++) {
                out.add(Generators.rename(list.get(k), "other" + k));
            }
            return out;
        });
    }

    @Example
    void emptySpace() {
        rejects(() -> ParamSpace.of(List.of()), "parameter space is empty");
        rejects(() -> ParamSpace.of((List<ParamSpec>) null), "parameter space is empty");
    }

    @Property
    void emptyChoiceList(@ForAll("names") String name) {
        rejects(() -> ChoiceParam.of(name, List.of(), "a"), "'" + name + "'");
    }

    @Property
    void duplicateChoices(@ForAll("names") String name, @ForAll("names") String dup,
                          @ForAll("choiceLists") List<String> others) {
        List<String> choices = new ArrayList<>(others);
        choices.add(dup);
        choices.add(0, dup);
        rejects(() -> ChoiceParam.of(name, choices, dup), "'" + name + "'");
    }

    @Provide
    Arbitrary<List<String>> choiceLists() {
        return names().list().ofMaxSize(4);
    }

    @Property
    void neutralNotAChoice(@ForAll("names") String name, @ForAll("choiceLists") List<String> choices,
                           @ForAll("names") String neutral) {
        net.jqwik.api.Assume.that(!choices.contains(neutral) && !choices.isEmpty()
                && choices.stream().distinct().count() == choices.size());
        rejects(() -> ChoiceParam.of(name, choices, neutral), "'" + name + "'");
    }
}
