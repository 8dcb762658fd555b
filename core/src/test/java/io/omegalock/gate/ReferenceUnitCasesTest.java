package io.omegalock.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.omegalock.space.BoolParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.GridAxes;
import io.omegalock.space.IntParam;
import io.omegalock.space.NumericParam;
import io.omegalock.space.ParamSpec;
import io.omegalock.stress.Gini;
import io.omegalock.testing.Fixtures;
import io.omegalock.testing.JsonAssert;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential tests against the reference: every case of {@code reference/unit_cases.json}
 * (produced by the Python package 0.1.7) must give the same status, detail values and, where
 * the reference writes one, message.
 */
class ReferenceUnitCasesTest {

    static Stream<JsonNode> gini() {
        return Fixtures.unitCases("gini");
    }

    @ParameterizedTest
    @MethodSource
    void gini(JsonNode c) {
        JsonAssert.close(Fixtures.number(c.get("gini")), Gini.of(Fixtures.doubles(c.get("values"))), "gini");
    }

    static Stream<JsonNode> kc2() {
        return Fixtures.unitCases("kc2");
    }

    @ParameterizedTest
    @MethodSource
    void kc2(JsonNode c) {
        Thresholds t = Thresholds.defaults();
        if (!c.get("min_nonzero_stress_count").isNull()) {
            t = t.withMinNonzeroStressCount(c.get("min_nonzero_stress_count").asInt());
        }
        assertReport(c, Gates.kc2(Fixtures.doubles(c.get("stresses")), t));
    }

    static Stream<JsonNode> kc4() {
        return Fixtures.unitCases("kc4");
    }

    @ParameterizedTest
    @MethodSource
    void kc4(JsonNode c) {
        GateReport r = Gates.kc4(Fixtures.doubles(c.get("train")), Fixtures.doubles(c.get("test")),
                Fixtures.number(c.get("trade_ratio")), Thresholds.defaults());
        assertReport(c, r);
    }

    static Stream<JsonNode> pearson() {
        return Fixtures.unitCases("pearson");
    }

    @ParameterizedTest
    @MethodSource
    void pearson(JsonNode c) {
        Pearson p = Pearson.of(Fixtures.doubles(c.get("x")), Fixtures.doubles(c.get("y")));
        assertThat(p.status().name()).isEqualTo(c.get("status").asText());
        if (c.get("value").isNull()) {
            assertThat(p.computable()).isFalse();
        } else {
            JsonAssert.close(Fixtures.number(c.get("value")), p.value(), "pearson");
        }
    }

    static Stream<JsonNode> kc3() {
        return Fixtures.unitCases("kc3");
    }

    @ParameterizedTest
    @MethodSource
    void kc3(JsonNode c) {
        Map<String, Long> counts = new LinkedHashMap<>();
        c.get("counts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        assertReport(c, Gates.kc3(counts, Thresholds.defaults()));
    }

    static Stream<JsonNode> kc1() {
        return Fixtures.unitCases("kc1");
    }

    @ParameterizedTest
    @MethodSource
    void kc1(JsonNode c) {
        GateReport r = Gates.kc1(Fixtures.number(c.get("elapsed")), Thresholds.defaults());
        assertThat(r.status().name()).isEqualTo(c.get("status").asText());
        assertThat(r.message()).isEqualTo(c.get("message").asText());
    }

    static Stream<JsonNode> sc2() {
        return Fixtures.unitCases("sc2");
    }

    @ParameterizedTest
    @MethodSource
    void sc2(JsonNode c) {
        Map<String, Object> ours = Sc2.compare(Fixtures.doubles(c.get("grid")), Fixtures.doubles(c.get("random")));
        JsonAssert.equivalent(c.get("result"), ours, "sc2");
        assertThat(ours.containsKey("sc2_warning")).isEqualTo(c.get("result").has("sc2_warning"));
    }

    static Stream<JsonNode> gridPoints() {
        return Fixtures.unitCases("grid_points");
    }

    @ParameterizedTest
    @MethodSource
    void gridPoints(JsonNode c) {
        List<Object> pts = GridAxes.points(spec(c.get("spec")), c.get("n").asInt());
        assertPoints(c.get("points"), pts);
    }

    static Stream<JsonNode> gridPointsIn() {
        return Fixtures.unitCases("grid_points_in");
    }

    @ParameterizedTest
    @MethodSource
    void gridPointsIn(JsonNode c) {
        List<Object> pts = GridAxes.pointsIn(spec(c.get("spec")), c.get("lo").asDouble(), c.get("hi").asDouble(),
                c.get("n").asInt());
        assertPoints(c.get("points"), pts);
    }

    static Stream<JsonNode> clip() {
        return Fixtures.unitCases("clip");
    }

    @ParameterizedTest
    @MethodSource
    void clip(JsonNode c) {
        ParamSpec s = spec(c.get("spec"));
        JsonNode want = c.get("clipped");
        if (s instanceof BoolParam) {
            // The reference's bool clip is Python truthiness: bool(v).
            JsonNode v = c.get("value");
            boolean got = v.isBoolean() ? v.asBoolean() : v.asDouble() != 0;
            assertThat(got).isEqualTo(want.asBoolean());
            return;
        }
        Object got = ((NumericParam) s).clip(c.get("value").asDouble());
        if (s instanceof IntParam) {
            assertThat(got).isEqualTo(want.asLong());
        } else {
            assertThat((double) got).isEqualTo(want.asDouble());
        }
    }

    static Stream<JsonNode> defaultEpsilon() {
        return Fixtures.unitCases("default_epsilon");
    }

    @ParameterizedTest
    @MethodSource
    void defaultEpsilon(JsonNode c) {
        ParamSpec s = spec(c.get("spec"));
        double want = c.get("epsilon").asDouble();
        if (s instanceof BoolParam) {
            assertThat(want).isZero();
            return;
        }
        if (s instanceof FloatParam f && f.low() == f.high()) {
            assertThat(((NumericParam) s).defaultEpsilon()).isEqualTo(want);
            return;
        }
        JsonAssert.close(want, ((NumericParam) s).defaultEpsilon(), "epsilon");
    }

    private static void assertReport(JsonNode c, GateReport r) {
        assertThat(r.status().name()).as("status").isEqualTo(c.get("status").asText());
        assertThat(r.message()).as("message").isEqualTo(c.get("message").asText());
        JsonAssert.equivalent(c.get("detail"), r.detail(), "detail");
    }

    private static void assertPoints(JsonNode want, List<Object> got) {
        assertThat(got).hasSize(want.size());
        for (int i = 0; i < want.size(); i++) {
            JsonNode w = want.get(i);
            if (w.isBoolean()) {
                assertThat(got.get(i)).isEqualTo(w.asBoolean());
            } else if (w.isIntegralNumber()) {
                assertThat(got.get(i)).isEqualTo(w.asLong());
            } else {
                assertThat((double) got.get(i)).as("point " + i).isEqualTo(w.asDouble());
            }
        }
    }

    static ParamSpec spec(JsonNode s) {
        String name = s.get("name").asText();
        switch (s.get("type").asText()) {
            case "float":
                return FloatParam.of(name, s.get("low").asDouble(), s.get("high").asDouble(),
                        s.get("neutral").asDouble());
            case "int":
                return IntParam.of(name, s.get("low").asLong(), s.get("high").asLong(), s.get("neutral").asLong());
            case "bool":
                return BoolParam.of(name, s.get("neutral").asBoolean());
            default:
                throw new IllegalArgumentException("unknown type " + s);
        }
    }
}
