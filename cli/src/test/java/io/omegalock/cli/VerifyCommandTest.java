package io.omegalock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.Constraint;
import io.omegalock.audit.StreamingTrail;
import io.omegalock.demo.Quad12;
import io.omegalock.eval.Evaluator;
import io.omegalock.search.GridSearch;
import io.omegalock.search.SearchContext;
import io.omegalock.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code omega-lock verify}: intact, broken and truncated trails, and files that are not trails. */
class VerifyCommandTest {
    @TempDir
    Path dir;

    private AuditTrail audited(Path trailFile) {
        AuditTrail.Builder b = AuditTrail.builder()
                .constraint(Constraint.of("p0_le_1", "p0 capped", (p, r) -> p.getDouble("p0") <= 1.0));
        if (trailFile != null) {
            b.sink(StreamingTrail.create(trailFile, StreamingTrail.Durability.FLUSH));
        }
        AuditTrail trail = b.build();
        try (Evaluator ev = Evaluator.sequential()) {
            new GridSearch(3).search(new SearchContext(trail.wrap(Quad12.train(), "train"), ev,
                    Quad12.space().neutral(), java.util.List.of("p0", "p1")));
        }
        return trail;
    }

    @Test
    void intactReportVerifies() throws IOException {
        Path report = dir.resolve("audit.json");
        audited(null).report("test", 7L, null).write(report, true);
        Cli.Run r = Cli.run("verify", report.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("9 records, chain intact; last hash ");
    }

    @Test
    void editedReportIsBrokenAtTheEditedRecord() throws IOException {
        Path report = dir.resolve("audit.json");
        audited(null).report("test", 7L, null).write(report, true);
        String text = Files.readString(report);
        // Change the fitness of the fourth record (call_index 3).
        String marker = "\"call_index\": 3";
        int at = text.indexOf(marker);
        int fit = text.lastIndexOf("\"fitness\": ", at);
        String edited = text.substring(0, fit) + "\"fitness\": 123.0" + text.substring(text.indexOf(',', fit));
        Files.writeString(report, edited);
        Cli.Run r = Cli.run("verify", report.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("broken at entry 3");
    }

    @Test
    void streamedTrailVerifiesAndTruncationIsReported() throws IOException {
        Path trail = dir.resolve("trail.jsonl");
        audited(trail);
        assertThat(Cli.run("verify", trail.toString()).code()).isZero();
        byte[] bytes = Files.readAllBytes(trail);
        Files.write(trail, java.util.Arrays.copyOf(bytes, bytes.length - 20));
        Cli.Run r = Cli.run("verify", trail.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("truncated");
    }

    @Test
    void somethingElseIsBadInput() throws IOException {
        Path notTrail = dir.resolve("x.json");
        Files.writeString(notTrail, "[1, 2, 3]", StandardCharsets.UTF_8);
        assertThat(Cli.run("verify", notTrail.toString()).code()).isEqualTo(2);
        Path obj = dir.resolve("y.json");
        Files.writeString(obj, "{\"status\": \"PASS\"}");
        Cli.Run r = Cli.run("verify", obj.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("y.json").doesNotContain("at io.omegalock");
        assertThat(Cli.run("verify", dir.resolve("missing.json").toString()).code()).isEqualTo(2);
    }

    @Test
    void referenceReportVerifies() {
        Cli.Run r = Cli.run("verify", Fixtures.root().resolve("reference/hash_chain/awkward_report.json").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("7 records");
    }
}
