package io.omegalock.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import io.omegalock.json.Json;
import io.omegalock.json.JsonWriter;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming report writer and reader against the generic path they replace: writing must
 * equal {@code JsonWriter} over {@link AuditReport#toMap} byte for byte, and reading must give
 * the records, chain and errors of {@code fromValue(Json.parse(...))}.
 */
class AuditReportCodecTest {
    @TempDir
    Path dir;

    private static String generic(AuditReport r, boolean withChain) {
        return JsonWriter.toString(r.toMap(withChain), true);
    }

    private static AuditReport genericRead(String json) {
        return AuditReportCodec.fromValue(Json.parse(json), "audit report");
    }

    /** Records compare by value; loaded constraints have distinct stand-in predicates, so by name. */
    private static void assertSame(AuditReport got, AuditReport want) {
        assertThat(got.runs()).isEqualTo(want.runs());
        assertThat(got.storedChain()).isEqualTo(want.storedChain());
        assertThat(got.stressRanking()).isEqualTo(want.stressRanking());
        assertThat(got.provenance()).isEqualTo(want.provenance());
        assertThat(List.of(got.method(), got.omegaLockVersion(), got.startedIso(), got.endedIso()))
                .isEqualTo(List.of(want.method(), want.omegaLockVersion(), want.startedIso(), want.endedIso()));
        assertThat(got.seed()).isEqualTo(want.seed());
        assertThat(got.constraints()).extracting(c -> c.name() + "/" + c.description())
                .isEqualTo(want.constraints().stream().map(c -> c.name() + "/" + c.description()).toList());
    }

    static Stream<String> fixtures() {
        return ReferenceFixtureTest.recomputedChainMatchesTheReference();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theWrittenSummaryIsWhatTheReportsMethodsCount(String name) {
        AuditReport report = AuditReport.read(ReferenceFixtureTest.fixture(name));
        Map<String, Object> want = new LinkedHashMap<>();
        want.put("n_total", report.nTotal());
        want.put("n_feasible", report.nFeasible());
        want.put("feasibility_rate", report.feasibilityRate());
        want.put("constraint_pass_counts", report.constraintPassCounts());
        assertThat(report.toMap(false).get("summary")).isEqualTo(want);
        assertThat(report.nFeasible()).isLessThan(report.nTotal());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void streamingWriterAndReaderAgreeWithTheGenericPathOnTheFixtures(String name) throws IOException {
        AuditReport report = AuditReport.read(ReferenceFixtureTest.fixture(name));
        for (boolean chain : new boolean[] {true, false}) {
            String json = report.toJson(chain);
            assertThat(json).isEqualTo(generic(report, chain));
            Path f = dir.resolve("r.json");
            report.write(f, chain);
            assertThat(Files.readString(f)).isEqualTo(json + "\n");
            AuditReport back = AuditReport.read(f);
            AuditReport want = genericRead(json);
            assertSame(back, want);
            assertThat(back.toJson(chain)).isEqualTo(json);
        }
        assertThat(AuditReport.fromJson(report.toJson(true)).verifyStoredChain().ok()).isTrue();
    }

    @Provide
    Arbitrary<AuditRecord> records() {
        Arbitrary<Object> scalar = Arbitraries.oneOf(Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.longs().map(l -> (Object) l), Arbitraries.strings().ofMaxLength(4).map(s -> (Object) s),
                Arbitraries.of(true, false, null, Double.NaN, -0.0, 1e16, 5e-324, new BigInteger("98765432109876543210")));
        Arbitrary<Object> value = Arbitraries.oneOf(scalar, scalar.list().ofMaxSize(3).map(l -> (Object) l),
                Arbitraries.maps(Arbitraries.strings().ofMaxLength(3), scalar).ofMaxSize(3).map(m -> (Object) m));
        Arbitrary<Map<String, Object>> maps = Arbitraries.maps(Arbitraries.strings().ofMaxLength(5), value)
                .ofMaxSize(6).map(LinkedHashMap::new);
        Arbitrary<List<String>> names = Arbitraries.of("a", "b", "é", "\ud83d\ude00").list().ofMaxSize(3);
        return Combinators.combine(maps, Arbitraries.doubles(), Arbitraries.longs().between(0, 10_000), maps, names,
                names, Arbitraries.strings().ofMaxLength(8), Arbitraries.longs().between(0, 5))
                .as((params, fit, n, meta, passed, failed, phase, round) -> new AuditRecord(params, fit, n, meta,
                        "2026-11-28T01:45:26.754760+00:00", passed, failed, phase, 0, "tr\"ain", round));
    }

    @Property(tries = 200)
    void streamingWriterAndReaderAgreeOnAnyRecords(@ForAll @Size(max = 6) List<@From("records") AuditRecord> drawn, @ForAll boolean chain,
                                                  @ForAll boolean seeded) {
        List<AuditRecord> runs = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            runs.add(drawn.get(i).withCallIndex(i));
        }
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("seed", 99L); // toMap puts it in place of a null seed
        provenance.put("method", "never written");
        provenance.put("extra", List.of(1L, Map.of("k", "v")));
        AuditReport report = new AuditReport("run_p1", "0.1.0", seeded ? 7L : null, "s", "e",
                List.of(Constraint.unavailable("a", "the a"), Constraint.unavailable("é", "")), runs,
                seeded ? List.of(new StressScore("x", 1.5)) : null, provenance, null);
        String json = report.toJson(chain);
        assertThat(json).isEqualTo(generic(report, chain));
        AuditReport back = AuditReport.fromJson(json);
        assertSame(back, genericRead(json));
        assertThat(back.runs()).isEqualTo(runs);
        if (chain) {
            assertThat(back.verifyStoredChain()).isEqualTo(HashChain.verify(runs, report.hashChain()));
        }
    }

    static Stream<String> brokenReports() {
        String rec = "{\"params\": {\"x\": 1.0}, \"fitness\": 1.0, \"n_trials\": 1, \"timestamp_iso\": \"t\", "
                + "\"phase\": \"grid\", \"call_index\": %s, \"target_role\": \"train\"}";
        String head = "{\"method\": \"m\", \"omega_lock_version\": \"v\", \"started_iso\": \"s\", \"ended_iso\": \"e\", ";
        return Stream.of(
                "",
                "[1, 2]",
                head + "\"runs\": [" + rec.formatted("0") + "]} 7",
                head + "\"runs\": [" + rec.formatted("0") + ", " + rec.formatted("\"one\"") + "]}",
                head + "\"runs\": [" + rec.formatted("0") + ", 5]}",
                head + "\"runs\": [{\"fitness\": 1.0}]}",
                head + "\"runs\": [" + rec.formatted("0").replace("\"fitness\": 1.0", "\"fitness\": \"x\"") + "]}",
                head + "\"runs\": [" + rec.formatted("0").replace("{\"x\": 1.0}", "null") + "]}",
                head + "\"runs\": [" + rec.formatted("0").replace("\"params\"", "\"metadata\": 3, \"params\"") + "]}",
                head + "\"runs\": [" + rec.formatted("99999999999999999999") + "]}",
                head + "\"schema_version\": \"v9\", \"runs\": [{}]}",
                head + "\"constraints\": [{\"name\": 3}], \"runs\": [{}]}",
                head + "\"runs\": [{}], \"hash_chain\": [{}]}",
                head + "\"runs\": [" + rec.formatted("0") + "], \"hash_chain\": [{\"call_index\": 0, "
                        + "\"previous_hash\": null}]}",
                head + "\"runs\": [" + rec.formatted("0") + "], \"hash_chain\": [7]}",
                head + "\"runs\": [" + rec.formatted("0") + "], \"runs\": 3}",
                head + "\"runs\": 3, \"runs\": [" + rec.formatted("0") + "], \"method\": 5}",
                "{\"method\": \"m\", \"runs\": [}");
    }

    @ParameterizedTest
    @MethodSource("brokenReports")
    void streamingReaderFailsLikeTheGenericOne(String json) {
        String want = message(() -> genericRead(json));
        assertThat(want).isNotNull();
        assertThat(message(() -> AuditReport.fromJson(json))).isEqualTo(want);
    }

    private static String message(Runnable r) {
        try {
            r.run();
            return null;
        } catch (BadInputException e) {
            return e.getMessage();
        }
    }

    @Test
    void repeatedKeysKeepTheLastValueAsAParsedMapDoes() {
        String json = "{\"method\": \"m\", \"omega_lock_version\": \"v\", \"started_iso\": \"s\", \"ended_iso\": \"e\", "
                + "\"runs\": [{\"params\": {\"x\": 1.0, \"x\": 2, \"y\": true}, \"fitness\": 1.0, \"fitness\": 2.5, "
                + "\"n_trials\": 1, \"timestamp_iso\": \"t\", \"phase\": \"grid\", \"call_index\": 0, "
                + "\"target_role\": \"train\", \"unknown\": {\"deep\": [1]}}]}";
        AuditReport got = AuditReport.fromJson(json);
        assertSame(got, genericRead(json));
        assertThat(got.runs().get(0).params()).containsExactly(Map.entry("x", 2L), Map.entry("y", true));
        assertThat(got.runs().get(0).fitness()).isEqualTo(2.5);
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> AuditReport.read(dir.resolve("absent.json"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("cannot read JSON file").hasMessageContaining("absent.json");
    }
}
