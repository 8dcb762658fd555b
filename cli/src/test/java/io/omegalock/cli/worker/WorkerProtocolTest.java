package io.omegalock.cli.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.space.BoolParam;
import io.omegalock.space.ChoiceParam;
import io.omegalock.space.FloatParam;
import io.omegalock.space.IntParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.target.EvalResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The protocol's request and response lines (SPEC §11), without any process. */
class WorkerProtocolTest {

    @Test
    void requestKeepsEveryKindOfValue() {
        ParamSpace space = ParamSpace.of(FloatParam.of("vdd", 0.6, 1.2, 0.9), IntParam.of("window", 3, 30, 16),
                BoolParam.of("smooth", false), ChoiceParam.of("mode", List.of("fast", "safe"), "safe"),
                FloatParam.of("tiny", 0, 1, 1e-05), FloatParam.of("whole", 0, 10, 5));
        assertThat(WorkerProtocol.request(7, space.neutral().asMap())).isEqualTo("{\"id\": 7, \"params\": {\"vdd\": 0.9, "
                + "\"window\": 16, \"smooth\": false, \"mode\": \"safe\", \"tiny\": 1e-05, \"whole\": 5.0}}");
    }

    @Test
    void responseWithEverything() throws Exception {
        EvalResult r = WorkerProtocol.response(7,
                "{\"id\": 7, \"fitness\": 1.25, \"n_trials\": 120, \"metadata\": {\"risk\": 1, \"tag\": \"q\"}}");
        assertThat(r).isEqualTo(EvalResult.of(1.25, 120, Map.of("risk", 1L, "tag", "q")));
    }

    @Test
    void nTrialsAndMetadataAreOptional() throws Exception {
        assertThat(WorkerProtocol.response(3, "{\"fitness\": -2, \"id\": 3}")).isEqualTo(EvalResult.of(-2.0, 1));
        assertThat(WorkerProtocol.response(3, "{\"id\": 3, \"fitness\": 0.5, \"n_trials\": 4.0, \"metadata\": null}"))
                .isEqualTo(EvalResult.of(0.5, 4));
    }

    static Stream<Arguments> protocolViolations() {
        return Stream.of(
                Arguments.of("not json", "sent a line that is not JSON in answer to request 7: \"not json\""),
                Arguments.of("[1, 2]", "sent a line that is not a JSON object"),
                Arguments.of("{\"fitness\": 1.0}", "answered request 7 without an integer \"id\""),
                Arguments.of("{\"id\": 8, \"fitness\": 1.0}", "answered request 7 with id 8 (out of order)"),
                Arguments.of("{\"id\": 7}", "answered request 7 without a numeric \"fitness\""),
                Arguments.of("{\"id\": 7, \"fitness\": \"1.0\"}", "without a numeric \"fitness\""),
                Arguments.of("{\"id\": 7, \"fitness\": 1.0, \"n_trials\": -1}", "\"n_trials\" -1, expected an integer >= 0"),
                Arguments.of("{\"id\": 7, \"fitness\": 1.0, \"n_trials\": 2.5}", "\"n_trials\" 2.5"),
                Arguments.of("{\"id\": 7, \"fitness\": 1.0, \"metadata\": [1]}", "\"metadata\" that is not a JSON object"),
                Arguments.of("{\"id\": 7, \"fitness\": 1.0} {\"id\": 7}", "not JSON"));
    }

    @ParameterizedTest
    @MethodSource
    void protocolViolations(String line, String reason) {
        assertThatThrownBy(() -> WorkerProtocol.response(7, line)).isInstanceOf(WorkerProtocol.Violation.class)
                .hasMessageContaining(reason);
    }

    static Stream<Arguments> properlyReportedFailures() {
        return Stream.of(
                Arguments.of("{\"id\": 7, \"error\": \"ValueError: bad\"}", "reported an error for request 7: ValueError: bad"),
                Arguments.of("{\"id\": 7, \"fitness\": NaN}", "returned a non-finite fitness (NaN) for request 7"),
                Arguments.of("{\"id\": 7, \"fitness\": -Infinity}", "non-finite fitness (-Infinity)"),
                Arguments.of("{\"id\": 7, \"fitness\": 1.0, \"error\": \"partial\"}", "reported an error"));
    }

    @ParameterizedTest
    @MethodSource
    void properlyReportedFailures(String line, String reason) {
        assertThatThrownBy(() -> WorkerProtocol.response(7, line)).isInstanceOf(WorkerProtocol.Failed.class)
                .hasMessageContaining(reason);
    }

    @Test
    void longLinesAreShortenedInMessages() {
        String line = "x".repeat(1000);
        assertThat(WorkerProtocol.shown(line)).hasSize(200 + 2 + " (1000 chars)".length() + 3)
                .endsWith("... (1000 chars)\"");
    }
}
