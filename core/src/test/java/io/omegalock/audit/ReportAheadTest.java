package io.omegalock.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.eval.Evaluator;
import io.omegalock.json.JsonBuffer;
import io.omegalock.space.Params;
import io.omegalock.target.Phase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report laid out during the run ({@link AuditTrail.Builder#encodeReportAhead}) must be the
 * file the ordinary writer makes from the same trail, byte for byte, on every path: records from
 * several threads, an empty trail, lanes that went idle and started again, and lanes that gave
 * up at their memory cap.
 */
class ReportAheadTest {
    private static final List<StressScore> RANKING = List.of(new StressScore("x", 2.5), new StressScore("n", 0.0));

    @TempDir
    Path dir;

    private static List<Params> batch(int from, int n) {
        List<Params> out = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            out.add(AuditingTargetTest.p(-5 + (i % 40) * 0.25 + (i % 7) * 1e-7, i % 10));
        }
        return out;
    }

    private static void evaluate(AuditTrail trail, List<Params> batch, int threads) {
        AuditingTarget t = trail.wrap(new AuditingTargetTest.Quad(), "train");
        t.enterPhase(Phase.GRID);
        try (Evaluator e = Evaluator.parallel(threads)) {
            e.evaluate(t, batch);
        }
    }

    /** Writes the trail's report both ways and returns the laid-out file's text, checked equal. */
    private String bothWays(AuditTrail trail) throws IOException {
        Path ahead = dir.resolve("ahead.json");
        Path ordinary = dir.resolve("ordinary.json");
        trail.writeReport(ahead, "run_p1", 42L, RANKING);
        trail.report("run_p1", 42L, RANKING).write(ordinary, true);
        String text = Files.readString(ahead);
        assertThat(text).isEqualTo(Files.readString(ordinary));
        return text;
    }

    @Test
    void recordsCommittedFromTwoThreadsGiveTheOrdinaryFile() throws IOException {
        AuditTrail trail = AuditingTargetTest.builder().encodeReportAhead(true).build();
        evaluate(trail, batch(0, 3000), 2);
        String text = bothWays(trail);
        AuditReport back = AuditReport.read(dir.resolve("ahead.json"));
        assertThat(back.runs()).hasSize(3000).isEqualTo(trail.records());
        assertThat(back.verifyStoredChain().ok()).isTrue();
        assertThat(text).contains("\"_constraint_errors\"");
    }

    @Test
    void anEmptyTrailGivesTheOrdinaryFile() throws IOException {
        AuditTrail trail = AuditingTargetTest.builder().encodeReportAhead(true).build();
        assertThat(bothWays(trail)).contains("\"runs\": []").contains("\"hash_chain\": []");
    }

    @Test
    void lanesThatWentIdleStartAgainWithTheNextRecord() throws Exception {
        AuditTrail trail = AuditingTargetTest.builder().encodeReportAhead(true).build();
        evaluate(trail, batch(0, 50), 1);
        // The lanes end after a second without records; the next record starts them again.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (laneThreadsAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        evaluate(trail, batch(50, 50), 1);
        bothWays(trail);
        AuditReport back = AuditReport.read(dir.resolve("ahead.json"));
        assertThat(back.runs()).hasSize(100);
        assertThat(back.verifyStoredChain().ok()).isTrue();
    }

    private static boolean laneThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("omega-lock-report-"));
    }

    @Test
    void lanesOverTheirMemoryCapLeaveTheReportToTheOrdinaryWriter() throws IOException {
        AuditTrail trail = AuditingTargetTest.builder().encodeReportAhead(true).encodeReportAheadLimit(10_000).build();
        evaluate(trail, batch(0, 500), 2);
        assertThat(bothWays(trail)).contains("\"call_index\": 499");
    }

    @Test
    void laidOutBytesAreGivenOnlyForExactlyTheRecordsThatWereEncoded() {
        AuditTrail source = AuditingTargetTest.builder().build();
        evaluate(source, batch(0, 20), 1);
        List<AuditRecord> records = source.records();

        ReportAhead all = new ReportAhead(Long.MAX_VALUE);
        records.forEach(all::accept);
        ReportAhead.Encoded encoded = all.finish(records);
        assertThat(encoded).isNotNull();
        AuditReport report = source.report("run_p1", null, null);
        JsonBuffer copied = new JsonBuffer();
        AuditReportCodec.writePretty(report, true, encoded, copied);
        assertThat(copied.toString()).isEqualTo(report.toJson(true));

        ReportAhead fewer = new ReportAhead(Long.MAX_VALUE);
        records.forEach(fewer::accept);
        assertThat(fewer.finish(records.subList(0, 19))).isNull();

        AuditTrail twin = AuditingTargetTest.builder().build();
        evaluate(twin, batch(0, 20), 1);
        List<AuditRecord> equalRecords = twin.records();
        assertThat(equalRecords).isEqualTo(records);
        ReportAhead copies = new ReportAhead(Long.MAX_VALUE);
        equalRecords.forEach(copies::accept);
        assertThat(copies.finish(records)).as("equal records that are other objects").isNull();

        ReportAhead capped = new ReportAhead(5_000);
        records.forEach(capped::accept);
        assertThat(capped.finish(records)).isNull();
    }
}
