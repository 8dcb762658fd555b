package io.omegalock.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.testing.External;
import io.omegalock.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Python target may return an {@code int} fitness, which the reference writes (and hashes) as
 * a JSON integer: such a report must still verify here, and keep its integer when written back.
 */
class IntegerFitnessInteropTest {
    @TempDir
    Path dir;

    @Test
    void integerFitnessFromTheReferenceVerifiesAndRoundTrips() throws Exception {
        Path source = Fixtures.root().resolve("reference/quad_basic/audit.json");
        Path report = dir.resolve("int_fitness.json");
        Path script = Path.of("src", "test", "resources", "audit", "integer_fitness.py").toAbsolutePath();
        External.assumePython();
        Process p = new ProcessBuilder("python3", script.toString(), source.toString(), report.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(Files.readString(report)).contains("\"fitness\": 5,");

        AuditReport loaded = AuditReport.read(report);
        assertThat(loaded.verifyStoredChain().ok()).isTrue();
        assertThat(loaded.runs().get(0).integralFitness()).isTrue();
        assertThat(loaded.runs().get(1).integralFitness()).isFalse();

        Path again = dir.resolve("again.json");
        loaded.write(again, true);
        assertThat(Files.readString(again)).contains("\"fitness\": 5,");
        assertThat(AuditReport.read(again).verifyStoredChain().ok()).isTrue();
        assertThat(loaded.hashChain()).isEqualTo(loaded.storedChain());
    }
}
