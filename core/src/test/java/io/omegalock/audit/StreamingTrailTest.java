package io.omegalock.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BrokenTrailException;
import io.omegalock.eval.Evaluator;
import io.omegalock.space.Params;
import io.omegalock.target.Phase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamingTrailTest {
    @TempDir
    Path dir;

    private List<AuditRecord> runInto(Path file, int n, StreamingTrail.Durability d) {
        try (StreamingTrail stream = StreamingTrail.create(file, d)) {
            AuditTrail trail = AuditingTargetTest.builder().sink(stream).build();
            AuditingTarget t = trail.wrap(new AuditingTargetTest.Quad(), "train");
            t.enterPhase(Phase.GRID);
            List<Params> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                batch.add(AuditingTargetTest.p(-5 + i * 0.25, i % 10));
            }
            Evaluator.sequential().evaluate(t, batch);
            assertThat(stream.count()).isEqualTo(n);
            return trail.records();
        }
    }

    @Test
    void streamedFileVerifiesAndCarriesTheSameChainAsTheReport() throws IOException {
        Path f = dir.resolve("trail.jsonl");
        List<AuditRecord> records = runInto(f, 30, StreamingTrail.Durability.FSYNC);
        List<ChainEntry> chain = HashChain.of(records);
        assertThat(TrailFile.verify(f)).isEqualTo(new ChainVerdict.Intact(30, chain.get(29).runHash()));
        assertThat(TrailFile.readVerified(f)).isEqualTo(records);
        assertThat(Files.readAllLines(f)).hasSize(30).allMatch(l -> l.startsWith("{\"call_index\": "));
    }

    @Test
    void aTrailThatKeepsNoRecordsStillStreamsThemAll() throws Exception {
        Path f = dir.resolve("trail.jsonl");
        try (StreamingTrail stream = StreamingTrail.create(f, StreamingTrail.Durability.FLUSH)) {
            AuditTrail trail = AuditingTargetTest.builder().retainRecords(false).sink(stream).build();
            AuditingTarget t = trail.wrap(new AuditingTargetTest.Quad(), "train");
            for (int i = 0; i < 7; i++) {
                t.evaluate(AuditingTargetTest.p(i * 0.5, i));
            }
            assertThat(trail.size()).isEqualTo(7);
            assertThat(trail.retainsRecords()).isFalse();
            assertThatThrownBy(trail::records).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("retainRecords(false)").hasMessageContaining("7 records");
            assertThatThrownBy(() -> trail.report("run_p1", null, null)).isInstanceOf(IllegalStateException.class);
        }
        assertThat(TrailFile.readVerified(f)).extracting(AuditRecord::callIndex).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void aCutOffLastLineIsReportedAsTruncated() throws IOException {
        Path f = dir.resolve("trail.jsonl");
        List<AuditRecord> records = runInto(f, 10, StreamingTrail.Durability.FLUSH);
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length - 20));
        ChainVerdict v = TrailFile.verify(f);
        assertThat(v).isEqualTo(new ChainVerdict.Truncated(9, HashChain.of(records).get(8).runHash(), 10));
        assertThat(TrailFile.readVerified(f)).isEqualTo(records.subList(0, 9));
        assertThat(ResumeIndex.load(f).remaining()).isEqualTo(9);
    }

    @Test
    void anEditedLineIsPinpointed() throws IOException {
        Path f = dir.resolve("trail.jsonl");
        runInto(f, 10, StreamingTrail.Durability.FLUSH);
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        lines.set(6, lines.get(6).replace("\"n_trials\": 3", "\"n_trials\": 4"));
        Files.write(f, lines, StandardCharsets.US_ASCII);
        ChainVerdict v = TrailFile.verify(f);
        assertThat(v).isInstanceOf(ChainVerdict.Broken.class);
        assertThat(((ChainVerdict.Broken) v).index()).isEqualTo(6);
        assertThat(v.toString()).contains("line 7").contains("hash mismatch");
        assertThatThrownBy(() -> TrailFile.readVerified(f)).isInstanceOf(BrokenTrailException.class)
                .hasMessageContaining("trail.jsonl").hasMessageContaining("line 7");

        lines.set(6, "{not json");
        Files.write(f, lines, StandardCharsets.US_ASCII);
        assertThat(TrailFile.verify(f).toString()).contains("line 7 is not a trail entry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7", "[1]", "{\"call_index\": 3}", "{\"record\": 5, \"call_index\": 3}",
        "{\"record\": {\"params\": {}}}", "{\"record\": {}} x", "{\"a\": ", "{\"record\": null}"})
    void aBadLineIsReportedAsParsingItIntoAMapWould(String bad) throws IOException {
        Path f = dir.resolve("trail.jsonl");
        runInto(f, 5, StreamingTrail.Durability.FLUSH);
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        lines.set(3, bad);
        Files.write(f, lines, StandardCharsets.US_ASCII);
        String where = "trail.jsonl line 4";
        String want;
        try {
            java.util.Map<String, Object> line = AuditReportCodec.map(io.omegalock.json.Json.parse(bad), where);
            AuditReportCodec.record(line.get("record"), where + ": record");
            AuditReportCodec.chainEntry(line, where);
            want = null;
        } catch (io.omegalock.BadInputException e) {
            want = e.getMessage();
        }
        assertThat(want).isNotNull();
        assertThat(TrailFile.verify(f)).isEqualTo(new ChainVerdict.Broken(3, "line 4 is not a trail entry: " + want));
    }

    @Test
    void aRunResumedFromAKilledTrailReplaysItAndWritesAVerifiedTrail() throws Exception {
        Path f = dir.resolve("trail.jsonl");
        List<AuditRecord> records = runInto(f, 12, StreamingTrail.Durability.FLUSH);
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length - 5));

        Path g = dir.resolve("resumed.jsonl");
        AuditingTargetTest.Quad inner = new AuditingTargetTest.Quad();
        try (StreamingTrail stream = StreamingTrail.create(g, StreamingTrail.Durability.FLUSH)) {
            AuditTrail trail = AuditingTargetTest.builder().sink(stream).resumeFrom(ResumeIndex.load(f)).build();
            AuditingTarget t = trail.wrap(inner, "train");
            t.enterPhase(Phase.GRID);
            for (int i = 0; i < 12; i++) {
                t.evaluate(AuditingTargetTest.p(-5 + i * 0.25, i % 10));
            }
        }
        assertThat(inner.calls.get()).isEqualTo(1);
        assertThat(TrailFile.readVerified(g)).isEqualTo(records);
    }
}
