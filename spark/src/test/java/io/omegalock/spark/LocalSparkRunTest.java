package io.omegalock.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.cli.spec.SpecFixtures;
import io.omegalock.testing.External;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code run --engine spark --master local[2]} (embedded Spark, worker processes started by the
 * executor) writes the artifacts {@code --threads 1} writes for the reference spec fixtures:
 * the trail byte for byte but for timestamps and the hashes over them, the audit report, the
 * result but for wall times. The threads path itself is compared with the reference's outputs
 * in the CLI's {@code RunCommandTest}, so this is also the reference's result and audit.
 */
class LocalSparkRunTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"quad_basic", "quad_iterative", "sram_demo"})
    void specFixturesGiveTheOneThreadArtifacts(String name) throws IOException {
        External.assumePython();
        Path spec = SpecFixtures.rewritten(name, dir);
        SpecRuns.Outputs threads = SpecRuns.Outputs.in(dir, "threads");
        SpecRuns.Run t = SpecRuns.run(spec, threads, "--threads", "1");
        SpecRuns.Outputs spark = SpecRuns.Outputs.in(dir, "spark");
        SpecRuns.Run s = SpecRuns.run(spec, spark, "--engine", "spark", "--master", "local[2]");
        assertThat(s.code()).as(s.err()).isEqualTo(t.code()).isIn(0, 1);
        SpecRuns.assertSameArtifacts(threads, spark);
        assertThat(ExecutorPools.pools()).as("worker processes stop with the executor").isZero();
        assertThat(SpecRuns.cli(List.of("verify", spark.audit().toString())).code()).isZero();
    }

    /** Batched TPE proposes from results in candidate order only: 1 thread, 2 threads and Spark agree. */
    @Test
    void batchedTpeGivesTheSameArtifactsOnEveryEngine() throws IOException {
        External.assumePython();
        Path spec = SpecRuns.batchedTpe("quad_basic", dir, 40, 4);
        SpecRuns.Outputs one = SpecRuns.Outputs.in(dir, "t1");
        assertThat(SpecRuns.run(spec, one, "--threads", "1").code()).isIn(0, 1);
        SpecRuns.Outputs two = SpecRuns.Outputs.in(dir, "t2");
        assertThat(SpecRuns.run(spec, two, "--threads", "2").code()).isIn(0, 1);
        SpecRuns.Outputs spark = SpecRuns.Outputs.in(dir, "spark");
        SpecRuns.Run s = SpecRuns.run(spec, spark, "--engine", "spark", "--master", "local[2]");
        assertThat(s.code()).as(s.err()).isIn(0, 1);
        SpecRuns.assertSameArtifacts(one, two);
        SpecRuns.assertSameArtifacts(one, spark);
        assertThat(SpecRuns.read(spark.result()).at("/config/search/batch_size").asInt()).isEqualTo(4);
    }

    /** An interrupted trail resumed on Spark ends as the uninterrupted run's trail. */
    @Test
    void aTrailCutOnThreadsResumesOnSpark() throws IOException {
        External.assumePython();
        Path spec = SpecFixtures.rewritten("quad_basic", dir);
        SpecRuns.Outputs full = SpecRuns.completed(spec, dir, "full", "--threads", "1");
        SpecRuns.Outputs resumed = SpecRuns.Outputs.in(dir, "resumed");
        // Cut in the middle of a line, as a killed process leaves it.
        byte[] bytes = Files.readAllBytes(full.trail());
        Files.write(resumed.trail(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        SpecRuns.Run r = SpecRuns.run(spec, resumed, "--resume", "--engine", "spark", "--master", "local[2]");
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        assertThat(r.err()).contains("resuming: ");
        SpecRuns.assertSameArtifacts(full, resumed);
    }

    @Test
    void unreachableMasterIsExitTwoNamingTheUrlAndWritesNothing() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String master = "spark://127.0.0.1:" + port;
        SpecRuns.Outputs out = SpecRuns.Outputs.in(dir, "x");
        long t0 = System.nanoTime();
        SpecRuns.Run r = SpecRuns.run(SpecFixtures.spec("sram_demo"), out, "--engine", "spark", "--master", master);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("cannot reach the Spark master " + master).doesNotContain("\tat ");
        assertThat((System.nanoTime() - t0) / 1e9).as("fails fast, no retries").isLessThan(10);
        assertThat(out.trail()).doesNotExist();
        assertThat(out.result()).doesNotExist();
    }

    @Test
    void optionsThatDoNotFitTheEngineAreExitTwo() {
        SpecRuns.Outputs out = SpecRuns.Outputs.in(dir, "x");
        Path spec = SpecFixtures.spec("sram_demo");
        assertThat(SpecRuns.run(spec, out, "--engine", "spark", "--master", "yarn").err())
                .contains("--master: expected local[N] or spark://HOST:PORT, got yarn");
        assertThat(SpecRuns.run(spec, out, "--engine", "spark", "--threads", "2").err())
                .contains("--threads applies to --engine threads");
        assertThat(SpecRuns.run(spec, out, "--master", "local[2]").err())
                .contains("--master applies to a cluster engine");
        assertThat(SpecRuns.run(spec, out, "--engine", "ray").err()).contains("--engine ray: unknown engine");
        assertThat(Files.exists(out.trail())).isFalse();
    }
}
