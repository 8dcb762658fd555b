package io.omegalock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code omega-lock report}: every artifact the reference wrote renders; anything else is bad input. */
class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void everyReferenceArtifactRendersAsHtmlAndText() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Fixtures.root().resolve("reference"))) {
            files = s.filter(f -> f.toString().endsWith(".json") && !f.toString().contains("unit_cases")
                    && !f.toString().contains("/specs/")).sorted().collect(Collectors.toList());
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
        for (Path f : files) {
            Path html = dir.resolve(f.getFileName() + ".html");
            Cli.Run r = Cli.run("report", "--input", f.toString(), "-o", html.toString());
            assertThat(r.code()).as(f + ": " + r.err()).isZero();
            assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<title>Omega-Lock scorecard");
            Cli.Run t = Cli.run("report", "--input", f.toString(), "--format", "text");
            assertThat(t.code()).as(f.toString()).isZero();
            assertThat(t.out()).contains("Verdict");
        }
    }

    @Test
    void notAnArtifactIsBadInput() throws IOException {
        Path list = dir.resolve("list.json");
        Files.writeString(list, "[1, 2]");
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"hello\": 1}");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{");
        for (Path p : List.of(list, other, broken, dir.resolve("missing.json"))) {
            Cli.Run r = Cli.run("report", "--input", p.toString());
            assertThat(r.code()).as(p.toString()).isEqualTo(2);
            assertThat(r.err()).contains(p.getFileName().toString()).doesNotContain("at io.omegalock");
        }
    }
}
