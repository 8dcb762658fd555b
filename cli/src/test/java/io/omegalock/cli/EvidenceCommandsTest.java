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
        assertThat(((Map<?, ?>) Json.parse(json)).get("schema_version")).isEqualTo("omega-lock.power.v1");
        assertThat(Cli.run("power", "--reps", "0").code()).isEqualTo(2);
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
