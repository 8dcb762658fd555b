package io.omegalock.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import io.omegalock.testing.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArtifactKindTest {

    static Stream<Arguments> fixtureKinds() {
        return Stream.of(
                Arguments.of("reference/quad_basic/result.json", ArtifactKind.PIPELINE_RESULT),
                Arguments.of("reference/sram_demo/result.json", ArtifactKind.PIPELINE_RESULT),
                Arguments.of("reference/quad_iterative/result.json", ArtifactKind.ITERATIVE_RESULT),
                Arguments.of("reference/quad_basic/audit.json", ArtifactKind.AUDIT_REPORT),
                Arguments.of("reference/hash_chain/awkward_report.json", ArtifactKind.AUDIT_REPORT),
                Arguments.of("optuna/expected/minimize_constraints.shift1.5.expected.json", ArtifactKind.STUDY_AUDIT));
    }

    @ParameterizedTest
    @MethodSource("fixtureKinds")
    void fixtureKinds(String relative, ArtifactKind kind) {
        assertThat(ArtifactKind.detect(Scorecards.read(Fixtures.root().resolve(relative)))).isEqualTo(kind);
    }

    @Test
    void ourOwnArtifactsAndTheTaggedKinds() {
        assertThat(ArtifactKind.detect(Artifacts.caseStudy())).isEqualTo(ArtifactKind.PIPELINE_RESULT);
        assertThat(ArtifactKind.detect(Artifacts.hostileAudit())).isEqualTo(ArtifactKind.AUDIT_REPORT);
        assertThat(ArtifactKind.detect(Artifacts.hostileStudy())).isEqualTo(ArtifactKind.STUDY_AUDIT);
        Map<String, Object> verdict = Artifacts.gateVerdict(true, 0.9, List.of(1.0, 2.0), List.of(1.0, 2.0), List.of());
        assertThat(ArtifactKind.detect(verdict)).isEqualTo(ArtifactKind.GATE_VERDICT);
        verdict.remove("schema_version");
        assertThat(ArtifactKind.detect(verdict)).as("untagged verdict, by its fields").isEqualTo(ArtifactKind.GATE_VERDICT);
        assertThat(ArtifactKind.detect(Map.of("schema_version", ArtifactKind.STUDY_AUDIT_SCHEMA)))
                .isEqualTo(ArtifactKind.STUDY_AUDIT);
    }

    @Test
    void anythingElseIsBadInputNamingWhatWasExpected() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("space", List.of());
        spec.put("targets", Map.of());
        assertThatThrownBy(() -> ArtifactKind.detect(spec)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("expected a pipeline result (status, kc_reports, grid_results)")
                .hasMessageContaining("an iterative result (final_status, rounds)")
                .hasMessageContaining("an audit report (method, runs, summary)")
                .hasMessageContaining("omega-lock.study-audit.v1")
                .hasMessageContaining("omega-lock.gate-verdict.v1")
                .hasMessageContaining("found keys [space, targets]");
        assertThatThrownBy(() -> ArtifactKind.detect(Map.of())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("found an empty object");
        assertThatThrownBy(() -> ArtifactKind.detect(null)).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> Scorecards.html(Map.of("status", "PASS"))).isInstanceOf(BadInputException.class);
    }

    @Test
    void aWronglyTypedFieldIsBadInputNamingIt() {
        Map<String, Object> r = Artifacts.caseStudy();
        r.put("kc_reports", "PASS");
        assertThatThrownBy(() -> Scorecards.text(r)).isInstanceOf(BadInputException.class)
                .hasMessage("artifact field pipeline result.kc_reports: expected a list, found the string \"PASS\"");
    }

    @Test
    void aFileThatHoldsNoObjectIsBadInput(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("scores.json"), "[1.0, 2.0]");
        assertThatThrownBy(() -> Scorecards.read(f)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("scores.json: expected a JSON object (an Omega-Lock artifact), found a list");
    }
}
