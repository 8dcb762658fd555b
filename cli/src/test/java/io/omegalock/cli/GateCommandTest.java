package io.omegalock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code omega-lock gate}: verdicts, exit codes and the bad-input matrix. */
class GateCommandTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void transferringScoresPass() throws IOException {
        Path a = file("a.json", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]");
        Path b = file("b.json", "[1.1, 2.3, 2.9, 4.2, 5.1, 5.8, 7.2, 8.1, 8.7, 10.3]");
        Path json = dir.resolve("v.json");
        Cli.Run r = Cli.run("gate", "--train", a.toString(), "--holdout", b.toString(), "--json", json.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("verdict    : PASS").contains("candidates : 10").contains("pearson    : 0.99");
        @SuppressWarnings("unchecked")
        Map<String, Object> v = (Map<String, Object>) Json.parse(json);
        assertThat(v).containsEntry("passed", true).containsEntry("schema_version", "omega-lock.gate-verdict.v1");
        @SuppressWarnings("unchecked")
        Map<String, Object> kc = (Map<String, Object>) v.get("kc_report");
        assertThat(kc).containsEntry("name", "KC-4").containsEntry("status", "PASS");
    }

    @Test
    void unrelatedScoresFail() throws IOException {
        Path a = file("a.json", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]");
        Path b = file("b.json", "[5, 1, 9, 2, 8, 3, 7, 4, 6, 5]");
        Cli.Run r = Cli.run("gate", "--train", a.toString(), "--holdout", b.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("verdict    : FAIL").contains("does not predict");
    }

    @Test
    void pearsonMinIsApplied() throws IOException {
        Path a = file("a.json", "[1, 2, 3, 4, 5]");
        Path b = file("b.json", "[1, 3, 2, 5, 4]");
        assertThat(Cli.run("gate", "--train", a.toString(), "--holdout", b.toString()).code()).isZero();
        assertThat(Cli.run("gate", "--train", a.toString(), "--holdout", b.toString(), "--pearson-min", "0.9")
                .code()).isEqualTo(1);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("", "not valid JSON"),
                Arguments.of("{not json", "not valid JSON"),
                Arguments.of("{\"a\": 1}", "expected a JSON array of numbers"),
                Arguments.of("[1, \"x\", 3]", "element [1] is not a number"),
                Arguments.of("[1, NaN, 3]", "element [1] is not finite"),
                Arguments.of("[1, Infinity, 3]", "element [1] is not finite"),
                Arguments.of("[1, null]", "element [1] is not a number"));
    }

    @ParameterizedTest
    @MethodSource
    void badFiles(String content, String message) throws IOException {
        Path good = file("good.json", "[1, 2, 3]");
        Path bad = file("bad.json", content);
        Cli.Run r = Cli.run("gate", "--train", good.toString(), "--holdout", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json").contains(message).doesNotContain("at io.omegalock");
    }

    @Test
    void missingFileIsBadInput() throws IOException {
        Path good = file("good.json", "[1, 2, 3]");
        Cli.Run r = Cli.run("gate", "--train", dir.resolve("nope.json").toString(), "--holdout", good.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.json: no such file");
    }

    @Test
    void mismatchedLengthsFailWithAReason() throws IOException {
        Path a = file("a.json", "[1, 2, 3]");
        Path b = file("b.json", "[1, 2]");
        Cli.Run r = Cli.run("gate", "--train", a.toString(), "--holdout", b.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("different lengths (3 vs 2)").contains("pearson    : n/a");
    }

    @Test
    void emptyListsFailWithAReason() throws IOException {
        Path a = file("a.json", "[]");
        Cli.Run r = Cli.run("gate", "--train", a.toString(), "--holdout", a.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("lists are empty");
    }

    @Test
    void missingOptionIsUsageError() {
        Cli.Run r = Cli.run("gate", "--train", "x.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--holdout");
    }
}
