package io.omegalock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gate --test}, {@code power} and {@code benchmark}: exit codes, outputs and bad input. */
class EvidenceCommandsTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void permutationTestsGateTheScores() throws IOException {
        Path a = file("a.json", "[1,2,3,4,5,6,7,8,9,10,11,12]");
        Path good = file("good.json", "[2,1,4,3,6,5,8,7,10,9,12,11]");
        Path noise = file("noise.json", "[5,11,2,9,1,12,7,3,10,4,8,6]");
        for (String test : new String[] {"spearman", "kendall"}) {
            Cli.Run pass = Cli.run("gate", "--train", a.toString(), "--holdout", good.toString(), "--test", test);
            assertThat(pass.code()).as(pass.out()).isZero();
            assertThat(pass.out()).contains("test       : " + test).contains("p-value");
            Cli.Run fail = Cli.run("gate", "--train", a.toString(), "--holdout", noise.toString(), "--test", test);
            assertThat(fail.code()).as(fail.out()).isEqualTo(1);
            assertThat(fail.out()).contains("may be noise");
        }
        assertThat(Cli.run("gate", "--train", a.toString(), "--holdout", good.toString(), "--test", "bogus").code())
                .isEqualTo(2);
        assertThat(Cli.run("gate", "--train", a.toString(), "--holdout", good.toString(), "--test", "spearman",
                "--alpha", "1.5").code()).isEqualTo(2);
    }

    @Test
    void powerPrintsTheTableAndWritesJson() {
        Path json = dir.resolve("power.json");
        Cli.Run r = Cli.run("power", "--reps", "200", "--json", json.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("null").contains("transfer_r0.7").contains("spearman_perm");
        Map<?, ?> table = (Map<?, ?>) Json.parse(json);
        assertThat(table.get("schema_version")).isEqualTo("omega-lock.power.v1");
        assertThat(table.get("recommended")).isEqualTo("upper_quartile+winner");
        assertThat(r.out()).contains("select441_r0.3").contains("select10000_r0.7").contains("recommended: "
                + "upper_quartile+winner");
        assertThat(Cli.run("power", "--reps", "0").code()).isEqualTo(2);
    }

    @Test
    void theSampleGateDecidesOrAdvisesOnGivenScores() throws IOException {
        // The top 5 keep their order on the holdout (Pearson 1); the sample outscores the winner.
        Path a = file("top.json", "[10, 9, 8, 7, 6]");
        Path b = file("top_holdout.json", "[5, 4, 3, 2, 1]");
        Path sa = file("sample.json", "[5, 4, 3, 2, 1]");
        Path sb = file("sample_holdout.json", "[9, 8, 7, 6, 5.5]");
        Path json = dir.resolve("v.json");
        Cli.Run advised = Cli.run("gate", "--train", a.toString(), "--holdout", b.toString(), "--sample-train",
                sa.toString(), "--sample-holdout", sb.toString(), "--json", json.toString());
        assertThat(advised.code()).as(advised.out()).isZero();
        assertThat(advised.out()).contains("advisory: KC-4 passed under the reference rule (pearson=1.000 >= 0.3) "
                + "but the recommended sample gate fails");
        Map<?, ?> v = (Map<?, ?>) Json.parse(json);
        assertThat(((Map<?, ?>) v.get("sample_report")).get("name")).isEqualTo("KC-4-SAMPLE");
        assertThat((java.util.List<?>) v.get("advisories")).hasSize(1);
        Cli.Run decided = Cli.run("gate", "--train", a.toString(), "--holdout", b.toString(), "--test", "sample",
                "--sample-train", sa.toString(), "--sample-holdout", sb.toString());
        assertThat(decided.code()).as(decided.out()).isEqualTo(1);
        assertThat(decided.out()).contains("test       : sample").contains("train winner beats 0 of 5 sampled");
        Cli.Run missing = Cli.run("gate", "--train", a.toString(), "--holdout", b.toString(), "--test", "sample");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("--test sample needs --sample-train and --sample-holdout");
        Cli.Run half = Cli.run("gate", "--train", a.toString(), "--holdout", b.toString(), "--sample-train",
                sa.toString());
        assertThat(half.code()).isEqualTo(2);
        assertThat(half.err()).contains("give both --sample-train and --sample-holdout");
    }

    @Test
    void benchmarkPrintsTheScorecard() {
        Path json = dir.resolve("bench.json");
        Cli.Run r = Cli.run("benchmark", "--seeds", "42", "--json", json.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("phantom").contains("iterative");
        assertThat(((Map<?, ?>) Json.parse(json)).get("schema_version")).isEqualTo("omega-lock.benchmark.v1");
        Cli.Run bad = Cli.run("benchmark", "--seeds", "4x");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("'4x' is not an integer seed");
    }
}
