package io.omegalock.cli.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CEL (with protobuf and Guava behind it) is loaded only when a spec declares constraints other
 * than plain comparisons ({@link SimpleConstraint}):
 * checked in a fresh JVM with {@code -verbose:class}, since this test JVM has loaded it already.
 */
class CelLoadingTest {
    @TempDir
    Path dir;

    static final String SPEC = """
            space:
              - {name: x, type: float, low: 0, high: 1, neutral: 0.5}
            targets:
              train: {command: [python3, w.py]}
            """;

    @Test
    void aSpecWithoutConstraintsNeverLoadsCel() throws Exception {
        Path spec = dir.resolve("plain.yaml");
        Files.writeString(spec, SPEC);
        String out = loadInFreshJvm(spec);
        assertThat(out).contains("loaded RunSpec[");
        assertThat(out).doesNotContain(" dev.cel.").doesNotContain(" com.google.protobuf.");
    }

    @Test
    void aSpecWhoseConstraintsArePlainComparisonsDoesNot() throws Exception {
        Path spec = dir.resolve("plain-constraints.yaml");
        Files.writeString(spec, SPEC + "constraints:\n  - {name: c, expr: 'params.x < 0.9 && n_trials >= 50'}\n"
                + "  - {name: d, expr: 'metadata.risk <= 2'}\n");
        String out = loadInFreshJvm(spec);
        assertThat(out).contains("loaded RunSpec[").contains("2 constraints");
        assertThat(out).doesNotContain(" dev.cel.").doesNotContain(" com.google.protobuf.");
    }

    @Test
    void aSpecWithAnyOtherConstraintDoes() throws Exception {
        Path spec = dir.resolve("constrained.yaml");
        Files.writeString(spec, SPEC + "constraints:\n  - {name: c, expr: 'params.x < 0.9'}\n"
                + "  - {name: d, expr: 'has(metadata.risk)'}\n");
        String out = loadInFreshJvm(spec);
        assertThat(out).contains("loaded RunSpec[").contains("2 constraints").contains(" dev.cel.bundle.");
    }

    private static String loadInFreshJvm(Path spec) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xshare:auto", "-verbose:class", "-cp",
                System.getProperty("java.class.path"), LoadSpecMain.class.getName(), spec.toString()))
                .redirectErrorStream(true).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(bytes, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out.length() > 2000 ? out.substring(out.length() - 2000) : out).isZero();
        return out;
    }
}
