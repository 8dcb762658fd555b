package io.omegalock.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.TargetFailureException;
import io.omegalock.target.Phase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming trails in real child JVMs ({@link TrailChild}): memory stays bounded however long
 * the trail, and a writer killed mid-run leaves a file whose every flushed record verifies and
 * from which a run resumes.
 */
class TrailProcessTest {
    @TempDir
    Path dir;

    private static long valueOf(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + " ")).mapToLong(l -> Long.parseLong(l.substring(key.length() + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no '" + key + "' line in " + lines));
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aTrailLargerThanTheHeapIsWrittenAndVerifiedInConstantMemory() throws Exception {
        Path f = dir.resolve("big.jsonl");
        Process p = TrailChild.start("32m", "write-verify", f.toString(), "100000");
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines).anyMatch(l -> l.startsWith("intact: 100000 records"));
        long heap = valueOf(lines, "max-heap");
        assertThat(heap).isLessThanOrEqualTo(32L << 20);
        // Neither the records nor the file could have been held: the file alone outweighs the heap.
        assertThat(valueOf(lines, "file-bytes")).isEqualTo(Files.size(f)).isGreaterThan(heap * 3 / 2);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aKilledWriterLeavesEveryFlushedRecordVerifiedAndTheRunResumes() throws Exception {
        Path f = dir.resolve("killed.jsonl");
        Process p = TrailChild.start("64m", "write-forever", f.toString());
        List<String> seen = new ArrayList<>();
        long flushed = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                seen.add(line);
                if (line.startsWith("flushed ")) {
                    flushed = Long.parseLong(line.substring(8));
                    if (flushed >= 2000) {
                        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no close, mid-write
                        break;
                    }
                }
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(flushed).as("child output: %s", seen.subList(0, Math.min(20, seen.size()))).isGreaterThanOrEqualTo(2000);

        ChainVerdict v = TrailFile.verify(f);
        assertThat(v).as(v.toString()).isInstanceOfAny(ChainVerdict.Intact.class, ChainVerdict.Truncated.class);
        int count = v instanceof ChainVerdict.Intact i ? i.count() : ((ChainVerdict.Truncated) v).count();
        assertThat((long) count).isGreaterThanOrEqualTo(flushed);
        if (v instanceof ChainVerdict.Truncated t) {
            assertThat(t.line()).isEqualTo(count + 1L);
        }
        List<AuditRecord> records = TrailFile.readVerified(f);
        assertThat(records).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(records.get(i).callIndex()).isEqualTo(i);
            assertThat(records.get(i).params()).isEqualTo(TrailChild.call(i).asMap());
        }

        Path g = dir.resolve("resumed.jsonl");
        AuditingTargetTest.Quad inner = new AuditingTargetTest.Quad();
        try (StreamingTrail stream = StreamingTrail.create(g, StreamingTrail.Durability.FLUSH)) {
            AuditTrail trail = AuditingTargetTest.builder().clock(Clock.systemUTC()).sink(stream)
                    .resumeFrom(ResumeIndex.load(f)).build();
            AuditingTarget t = trail.wrap(inner, "train");
            t.enterPhase(Phase.GRID);
            for (int i = 0; i < count + 100; i++) {
                try {
                    t.evaluate(TrailChild.call(i));
                } catch (IllegalStateException | TargetFailureException expected) {
                    // Quad fails at x = 4, and a replayed failure fails again.
                }
            }
        }
        assertThat(inner.calls.get()).as("only the calls after the killed run's records are evaluated").isEqualTo(100);
        ChainVerdict resumed = TrailFile.verify(g);
        assertThat(resumed).isInstanceOf(ChainVerdict.Intact.class);
        assertThat(((ChainVerdict.Intact) resumed).count()).isEqualTo(count + 100);
        assertThat(TrailFile.readVerified(g).subList(0, count)).isEqualTo(records);
    }
}
