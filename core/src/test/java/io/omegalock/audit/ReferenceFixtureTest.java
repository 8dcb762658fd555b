package io.omegalock.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.OmegaLockException;
import io.omegalock.json.CanonicalJson;
import io.omegalock.json.Json;
import io.omegalock.space.BoolParam;
import io.omegalock.space.ParamSpace;
import io.omegalock.target.EvalResult;
import io.omegalock.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Differential tests against reports written by the Python reference (the repository's fixtures). */
class ReferenceFixtureTest {

    static Path fixture(String relative) {
        return Fixtures.root().resolve("reference").resolve(relative);
    }

    static Stream<String> recomputedChainMatchesTheReference() {
        return Stream.of("hash_chain/awkward_report.json", "quad_basic/audit.json", "quad_iterative/audit.json",
                "sram_demo/audit.json");
    }

    @ParameterizedTest
    @MethodSource
    void recomputedChainMatchesTheReference(String name) {
        Path file = fixture(name);
        AuditReport report = AuditReport.read(file);
        List<ChainEntry> stored = report.storedChain();
        List<ChainEntry> recomputed = report.hashChain();
        assertThat(recomputed).hasSameSizeAs(stored).isNotEmpty();
        for (int i = 0; i < stored.size(); i++) {
            assertThat(recomputed.get(i)).as("%s entry %d", name, i).isEqualTo(stored.get(i));
        }
        assertThat(report.verifyStoredChain()).isInstanceOf(ChainVerdict.Intact.class);
    }

    @ParameterizedTest
    @MethodSource("recomputedChainMatchesTheReference")
    void summaryAndRoundTripAgreeWithTheReference(String name) {
        Path file = fixture(name);
        Map<?, ?> raw = (Map<?, ?>) Json.parse(file);
        AuditReport report = AuditReport.read(file);
        // Compared as canonical JSON: the reference's ints are Longs here, our counts Integers.
        assertThat(CanonicalJson.of(report.toMap(false).get("summary"))).isEqualTo(CanonicalJson.of(raw.get("summary")));

        AuditReport again = AuditReport.fromJson(report.toJson(true));
        assertThat(again.runs()).isEqualTo(report.runs());
        assertThat(again.storedChain()).isEqualTo(report.storedChain());
        assertThat(again.stressRanking()).isEqualTo(report.stressRanking());
        assertThat(again.verifyStoredChain().ok()).isTrue();
    }

    @Test
    void bestRecordsOfQuadBasic() {
        // Expected values: Python max() over the fixture's runs (feasible = no failed constraint).
        AuditReport report = AuditReport.read(fixture("quad_basic/audit.json"));
        assertThat(report.bestFeasible()).get().extracting(AuditRecord::callIndex).isEqualTo(86L);
        assertThat(report.bestAny().get().fitness()).isEqualTo(-4.8155);
        assertThat(report.byPhase("grid")).hasSize(125);
        assertThat(report.byRole("holdout")).hasSize(1);
        assertThat(report.nFeasible()).isEqualTo(36);
    }

    @Test
    void awkwardReportKeepsItsTypesAndRefusesToRunLoadedPredicates() {
        AuditReport report = AuditReport.read(fixture("hash_chain/awkward_report.json"));
        AuditRecord first = report.runs().get(0);
        assertThat(first.params().get("k")).isEqualTo(0L);
        assertThat(first.params().get("x")).isEqualTo(0.0);
        assertThat(first.metadata().get("int_big")).isEqualTo(9007199254740993L);
        assertThat(report.bestFeasible()).isEmpty();
        assertThat(report.bestAny().get().callIndex()).isEqualTo(3L);
        Constraint raises = report.constraints().get(1);
        ParamSpace space = ParamSpace.of(BoolParam.of("flag", false));
        assertThatThrownBy(() -> raises.predicate().test(space.neutral(), EvalResult.of(1.0)))
                .isInstanceOf(OmegaLockException.class).hasMessageContaining("'raises'")
                .hasMessageContaining("not serialized");
    }

    @Test
    void anyChangedRunBreaksVerificationAtThatRun() {
        AuditReport report = AuditReport.read(fixture("hash_chain/awkward_report.json"));
        for (int i = 0; i < report.runs().size(); i++) {
            List<AuditRecord> runs = new java.util.ArrayList<>(report.runs());
            AuditRecord r = runs.get(i);
            runs.set(i, new AuditRecord(r.params(), Math.nextUp(r.fitness()), r.nTrials(), r.metadata(),
                    r.timestampIso(), r.constraintsPassed(), r.constraintsFailed(), r.phase(), r.callIndex(),
                    r.targetRole(), r.roundIndex()));
            assertThat(HashChain.verify(runs, report.storedChain()))
                    .isEqualTo(new ChainVerdict.Broken(i, ((ChainVerdict.Broken) HashChain.verify(runs,
                            report.storedChain())).reason()))
                    .extracting(v -> ((ChainVerdict.Broken) v).reason()).asString().contains("hash mismatch");
        }
    }
}
