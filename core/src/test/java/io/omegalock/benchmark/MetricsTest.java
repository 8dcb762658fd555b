package io.omegalock.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.omegalock.BadInputException;
import io.omegalock.testing.Fixtures;
import io.omegalock.testing.JsonAssert;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential tests of the benchmark metrics against the reference's cases in
 * {@code reference/unit_cases.json} (floats to 1e-12 relative), plus the cases where we
 * decided beyond it.
 */
class MetricsTest {

    static Stream<JsonNode> spearman() {
        return Fixtures.unitCases("spearman");
    }

    @ParameterizedTest
    @MethodSource
    void spearman(JsonNode c) {
        Double rho = Metrics.spearman(strings(c.get("a")), strings(c.get("b")));
        if (c.get("rho").isNull()) {
            assertThat(rho).isNull();
        } else {
            JsonAssert.close(c.get("rho").asDouble(), rho, "rho");
        }
    }

    static Stream<JsonNode> fitnessGapPct() {
        return Fixtures.unitCases("fitness_gap_pct");
    }

    @ParameterizedTest
    @MethodSource
    void fitnessGapPct(JsonNode c) {
        JsonAssert.close(Fixtures.number(c.get("gap_pct")),
                Metrics.fitnessGapPct(c.get("found").asDouble(), c.get("optimum").asDouble()), "gap_pct");
    }

    static Stream<JsonNode> paramL2Error() {
        return Fixtures.unitCases("param_l2_error");
    }

    @ParameterizedTest
    @MethodSource
    void paramL2Error(JsonNode c) {
        Map<String, double[]> ranges = new LinkedHashMap<>();
        c.get("ranges").fields().forEachRemaining(e ->
                ranges.put(e.getKey(), new double[] {e.getValue().get(0).asDouble(), e.getValue().get(1).asDouble()}));
        JsonAssert.close(Fixtures.number(c.get("error")),
                Metrics.paramL2Error(values(c.get("found")), values(c.get("true")), ranges), "error");
    }

    static Stream<JsonNode> generalizationGap() {
        return Fixtures.unitCases("generalization_gap");
    }

    @ParameterizedTest
    @MethodSource
    void generalizationGap(JsonNode c) {
        Double test = c.get("test").isNull() ? null : c.get("test").asDouble();
        GeneralizationGap g = Metrics.generalizationGap(c.get("train").asDouble(), test);
        JsonAssert.close(c.get("value").asDouble(), g.value(), "value");
        assertThat(g.status().name()).isEqualTo(c.get("status").asText());
    }

    static Stream<JsonNode> recallPrecision() {
        return Fixtures.unitCases("recall_precision");
    }

    @ParameterizedTest
    @MethodSource
    void recallPrecision(JsonNode c) {
        List<String> found = strings(c.get("found"));
        List<String> truth = strings(c.get("true"));
        JsonAssert.close(c.get("recall").asDouble(), Metrics.recall(found, truth), "recall");
        JsonAssert.close(c.get("precision").asDouble(), Metrics.precision(found, truth), "precision");
    }

    /** Ours ranks within the shared names: a decoy between two true params does not lower rho. */
    @Test
    void spearmanRanksWithinTheSharedNames() {
        assertThat(Metrics.spearman(List.of("alpha", "long_mode", "decoy", "window"),
                List.of("alpha", "long_mode", "window"))).isEqualTo(1.0);
        assertThat(Metrics.spearman(List.of("window", "decoy", "long_mode", "alpha"),
                List.of("alpha", "long_mode", "window"))).isEqualTo(-1.0);
        assertThat(Metrics.spearman(List.of("a", "b"), List.of("b", "c"))).isNull();
        assertThat(Metrics.spearman(List.of(), List.of("a", "b"))).isNull();
    }

    @Test
    void recallAndPrecisionCountNamesOnce() {
        assertThat(Metrics.recall(List.of("a", "a", "b"), List.of("a", "c"))).isEqualTo(0.5);
        assertThat(Metrics.precision(List.of("a", "a", "b"), List.of("a", "c"))).isEqualTo(0.5);
    }

    @Test
    void l2ErrorCountsBoolAndChoiceMismatchesAsOneAndFloorsTheSpan() {
        Map<String, Object> truth = new LinkedHashMap<>();
        truth.put("flag", true);
        truth.put("mode", "fast");
        truth.put("x", 1.0);
        Map<String, Object> found = new LinkedHashMap<>();
        found.put("flag", false);
        found.put("mode", "fast");
        found.put("x", 1.0 + 1e-9);
        Map<String, double[]> ranges = Map.of("x", new double[] {1.0, 1.0});
        // bool mismatch 1, choice match 0, x off by 1e-9 over the floored span 1e-9: 1.
        assertThat(Metrics.paramL2Error(found, truth, ranges)).isCloseTo(Math.sqrt(2.0),
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(Metrics.paramL2Error(Map.of(), Map.of(), ranges)).isZero();
        assertThatThrownBy(() -> Metrics.paramL2Error(Map.of("x", 1.0), Map.of("x", 2.0),
                Map.of("x", new double[] {0.0})))
                .isInstanceOf(BadInputException.class).hasMessageContaining("'x'");
    }

    @Test
    void sampleEfficiencyIsZeroWithoutEvaluations() {
        assertThat(Metrics.sampleEfficiency(10.0, 0)).isZero();
        assertThat(Metrics.sampleEfficiency(10.0, 4)).isEqualTo(2.5);
    }

    @Test
    void meanStdUsesTheSampleDeviation() {
        MeanStd m = MeanStd.of(List.of(1.0, 2.0, 3.0, 4.0));
        assertThat(m.mean()).isEqualTo(2.5);
        assertThat(m.std()).isCloseTo(Math.sqrt(5.0 / 3.0), org.assertj.core.api.Assertions.within(1e-15));
        assertThat(MeanStd.of(List.of(7.0))).isEqualTo(new MeanStd(1, 7.0, 0.0));
        assertThat(MeanStd.of(List.of()).n()).isZero();
        assertThat(MeanStd.of(List.of()).toMap()).containsEntry("mean", null);
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Map<String, Object> values(JsonNode object) {
        Map<String, Object> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            out.put(e.getKey(), v.isBoolean() ? (Object) v.asBoolean() : v.isIntegralNumber() ? (Object) v.asLong()
                    : (Object) v.asDouble());
        });
        return out;
    }
}
