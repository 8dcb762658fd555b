package io.omegalock.demo;

import static io.omegalock.demo.ReferenceAudit.assertSameDouble;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omegalock.BadInputException;
import io.omegalock.space.Params;
import io.omegalock.target.EvalResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WalkForwardSystemTest {

    /**
     * What CPython 3.11 printed and hashed, recorded by demo/make_python_format_cases.py
     * (committed beside the JSON; values are stored as float.hex() text).
     */
    private static JsonNode pythonCases() throws IOException {
        try (InputStream in = WalkForwardSystemTest.class.getResourceAsStream("/demo/python_format_cases.json")) {
            assertThat(in).as("test resource demo/python_format_cases.json").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    static List<Arguments> formatsLikePython() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : pythonCases().get("format_6f")) {
            out.add(Arguments.of(c.get("value_hex").asText(), c.get("formatted").asText()));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource
    void formatsLikePython(String valueHex, String python) {
        assertThat(WalkForwardSystem.pythonFixed6(Double.parseDouble(valueHex))).isEqualTo(python);
    }

    static List<Arguments> noiseMatchesPython() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : pythonCases().get("unit_noise")) {
            out.add(Arguments.of(Double.parseDouble(c.get("gain_hex").asText()),
                    Double.parseDouble(c.get("bias_hex").asText()), c.get("seed").asLong(),
                    c.get("key").asText(), Double.parseDouble(c.get("u_hex").asText())));
        }
        return out;
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource
    void noiseMatchesPython(double gain, double bias, long seed, String key, double u) {
        assertThat(WalkForwardSystem.noiseKey(gain, bias, seed)).isEqualTo(key);
        assertSameDouble("u(" + key + ")", WalkForwardSystem.unitNoise(gain, bias, seed), u);
    }

    @Test
    void nonFiniteValuesFormatLikePython() {
        assertThat(WalkForwardSystem.pythonFixed6(Double.NaN)).isEqualTo("nan");
        assertThat(WalkForwardSystem.pythonFixed6(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(WalkForwardSystem.pythonFixed6(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    /** Fixture README, "Walk-forward case study": the naive pick collapses on holdout. */
    @Test
    void naiveBestCollapsesOnHoldout() {
        Params p = params(8.0, 2.7, 0.0);
        assertThat(WalkForwardSystem.train().evaluate(p).fitness()).isCloseTo(5.967, within(5e-4));
        assertThat(WalkForwardSystem.holdout().evaluate(p).fitness()).isCloseTo(1.527, within(5e-4));
        assertThat(WalkForwardSystem.withinRatedEnvelope(p)).isFalse();
    }

    /** Fixture README, "Walk-forward case study": the feasible pick holds up. */
    @Test
    void feasibleBestHoldsUpOnHoldout() {
        Params p = params(3.0, 0.0, 0.0);
        assertThat(WalkForwardSystem.train().evaluate(p).fitness()).isCloseTo(5.233, within(5e-4));
        assertThat(WalkForwardSystem.holdout().evaluate(p).fitness()).isCloseTo(5.276, within(5e-4));
        assertThat(WalkForwardSystem.withinRatedEnvelope(p)).isTrue();
    }

    @Test
    void resultCarriesSignalAmplitudeAndOneAction() {
        EvalResult r = WalkForwardSystem.test().evaluate(params(6.5, -1.2, 0.5));
        double signal = WalkForwardSystem.signal(6.5, -1.2, 0.5);
        assertThat(r.nTrials()).isEqualTo(1);
        assertThat(r.metadata()).containsExactly(Map.entry("signal", signal), Map.entry("noise_amplitude", 6.0));
        assertThat(r.fitness()).isEqualTo(signal + 6.0 * WalkForwardSystem.unitNoise(6.5, -1.2, 2027));
        assertThat(WalkForwardSystem.noiseAmplitude(6.0)).isEqualTo(0.3);
        assertThat(WalkForwardSystem.noiseAmplitude(Math.nextUp(6.0))).isEqualTo(6.0);
    }

    @Test
    void declaresTheSpaceSlicesAndConstraint() {
        assertThat(WalkForwardSystem.space().names()).containsExactly("gain", "bias", "offset");
        assertThat(WalkForwardSystem.space().neutral().asMap())
                .containsExactly(Map.entry("gain", 2.0), Map.entry("bias", 1.5), Map.entry("offset", 0.0));
        assertThat(List.of(WalkForwardSystem.train(), WalkForwardSystem.test(), WalkForwardSystem.holdout()))
                .extracting(WalkForwardSystem.Slice::seed).containsExactly(2026L, 2027L, 2028L);
        assertThat(WalkForwardSystem.slice("holdout")).isSameAs(WalkForwardSystem.holdout());
        assertThatThrownBy(() -> WalkForwardSystem.slice("dev")).isInstanceOf(BadInputException.class);
        assertThat(WalkForwardSystem.RATED_GAIN_MAX).isEqualTo(6.0);
        assertThat(WalkForwardSystem.RATED_ENVELOPE_NAME).isEqualTo("gain_within_rated_envelope");
        assertThat(WalkForwardSystem.RATED_ENVELOPE_DESCRIPTION)
                .isEqualTo("gain must stay <= 6.0 (system is fragile beyond it)");
    }

    private static Params params(double gain, double bias, double offset) {
        return WalkForwardSystem.space().params(Map.of("gain", gain, "bias", bias, "offset", offset));
    }
}
