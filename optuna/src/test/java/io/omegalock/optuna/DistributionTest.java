package io.omegalock.optuna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DistributionTest {

    static Stream<Arguments> decodesEveryDistributionNameOptunaHasWritten() {
        return Stream.of(
                Arguments.of("{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.0, "
                        + "\"high\": 1.0, \"log\": false}}", 0.25, 0.25),
                Arguments.of("{\"name\": \"UniformDistribution\", \"attributes\": {\"low\": 0.0, \"high\": 1.0}}",
                        0.5, 0.5),
                Arguments.of("{\"name\": \"LogUniformDistribution\", \"attributes\": {\"low\": 1e-05, \"high\": 1.0}}",
                        0.001, 0.001),
                Arguments.of("{\"name\": \"DiscreteUniformDistribution\", \"attributes\": {\"low\": 0.0, "
                        + "\"high\": 1.0, \"q\": 0.1}}", 0.3, 0.3),
                Arguments.of("{\"name\": \"IntDistribution\", \"attributes\": {\"log\": false, \"step\": 1, "
                        + "\"low\": 1, \"high\": 8}}", 7.0, 7L),
                Arguments.of("{\"name\": \"IntUniformDistribution\", \"attributes\": {\"low\": 0, \"high\": 10, "
                        + "\"step\": 2}}", 4.0, 4L),
                Arguments.of("{\"name\": \"IntLogUniformDistribution\", \"attributes\": {\"low\": 1, \"high\": 100, "
                        + "\"step\": 1}}", 64.0, 64L),
                Arguments.of("{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": "
                        + "[\"a\", 2, 2.5, true]}}", 1.0, 2L),
                Arguments.of("{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": "
                        + "[\"a\", 2, 2.5, true]}}", 3.0, true),
                Arguments.of("{\"type\": \"float\", \"low\": 0, \"high\": 1}", 0.5, 0.5),
                Arguments.of("{\"type\": \"int\", \"low\": 0, \"high\": 9, \"step\": 3}", 6.0, 6L),
                Arguments.of("{\"type\": \"categorical\", \"choices\": [\"x\", \"y\"]}", 1.0, "y"));
    }

    @ParameterizedTest
    @MethodSource
    void decodesEveryDistributionNameOptunaHasWritten(String json, double internal, Object external) {
        assertThat(Distribution.parse(json, "test").toExternal(internal)).isEqualTo(external);
    }

    @Test
    void refusesWhatItCannotDecode() {
        assertThatThrownBy(() -> Distribution.parse("{\"name\": \"BetaDistribution\", \"attributes\": {}}", "trial 3"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("trial 3: unknown distribution class "
                        + "'BetaDistribution'");
        Distribution cat = Distribution.parse("{\"type\": \"categorical\", \"choices\": [\"x\"]}", "t");
        assertThatThrownBy(() -> cat.toExternal(1.0)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("categorical index 1.0 is outside the 1 choices");
    }

    @Test
    void compatibilityFollowsOptuna() {
        Distribution f = Distribution.parse("{\"type\": \"float\", \"low\": 0, \"high\": 1}", "t");
        Distribution u = Distribution.parse("{\"name\": \"UniformDistribution\", \"attributes\": {\"low\": 0.0, "
                + "\"high\": 2.0}}", "t");
        Distribution c1 = Distribution.parse("{\"type\": \"categorical\", \"choices\": [1, 2]}", "t");
        Distribution c2 = Distribution.parse("{\"type\": \"categorical\", \"choices\": [1.0, 2.0]}", "t");
        Distribution c3 = Distribution.parse("{\"type\": \"categorical\", \"choices\": [1, 3]}", "t");
        assertThat(f.compatibleWith(f)).isTrue();
        assertThat(u.compatibleWith(f)).isFalse(); // different classes, as Optuna compares them
        assertThat(c2.compatibleWith(c1)).isTrue(); // 1 == 1.0 in Python
        assertThat(c3.compatibleWith(c1)).isFalse();
    }
}
