package io.omegalock.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.cli.spec.SpecFixtures;
import io.omegalock.testing.External;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On a real standalone cluster (a Master and two one-core Workers, separate JVMs started here,
 * see {@link StandaloneCluster}), {@code run --engine spark --master spark://...} writes the
 * artifacts {@code --threads 1} writes: for the reference spec fixtures, after an executor JVM
 * is killed (-9) mid-run, and when a worker process crashes on an executor.
 */
class ClusterRunTest {
    private static StandaloneCluster cluster;
    private static String failure;

    @TempDir
    static Path clusterDir;

    @TempDir
    Path dir;

    @BeforeAll
    static void startCluster() throws InterruptedException {
        try {
            cluster = StandaloneCluster.start(clusterDir, 2);
            cluster.driverConf().forEach(System::setProperty);
        } catch (IOException e) {
            failure = e.getMessage();
        }
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.driverConf().keySet().forEach(System::clearProperty);
            cluster.close();
        }
    }

    @BeforeEach
    void requireCluster() {
        External.assumePython();
        External.assumeStarted(cluster != null, "the test's Spark standalone cluster could not start: " + failure);
    }

    @ParameterizedTest
    @ValueSource(strings = {"quad_basic", "quad_iterative", "sram_demo"})
    void specFixturesGiveTheOneThreadArtifacts(String name) throws IOException {
        Path spec = SpecFixtures.rewritten(name, dir);
        SpecRuns.Outputs threads = SpecRuns.Outputs.in(dir, "threads");
        SpecRuns.Run t = SpecRuns.run(spec, threads, "--threads", "1");
        SpecRuns.Outputs spark = SpecRuns.Outputs.in(dir, "cluster");
        SpecRuns.Run s = SpecRuns.run(spec, spark, onCluster());
        assertThat(s.code()).as(s.err() + cluster.logs()).isEqualTo(t.code()).isIn(0, 1);
        SpecRuns.assertSameArtifacts(threads, spark);
    }

    @Test
    void batchedTpeGivesTheOneThreadArtifacts() throws IOException {
        Path spec = SpecRuns.batchedTpe("quad_basic", dir, 40, 4);
        SpecRuns.assertSameArtifacts(SpecRuns.completed(spec, dir, "threads", "--threads", "1"),
                SpecRuns.completed(spec, dir, "cluster", onCluster()));
    }

    @Test
    void anExecutorKilledMidRunChangesNothing() throws Exception {
        Path spec = faultSpec(0.02, 99);
        SpecRuns.Outputs threads = SpecRuns.completed(spec, dir, "threads", "--threads", "1");
        SpecRuns.Outputs spark = SpecRuns.Outputs.in(dir, "cluster");
        CompletableFuture<SpecRuns.Run> run = CompletableFuture.supplyAsync(() -> SpecRuns.run(spec, spark, onCluster()));
        // Once both executors are scoring (their worker processes are up), kill one JVM outright.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        List<ProcessHandle> executors = cluster.executors();
        while (!(executors.size() == 2 && executors.stream().allMatch(ClusterRunTest::scoring))
                && System.nanoTime() < deadline && !run.isDone()) {
            Thread.sleep(20);
            executors = cluster.executors();
        }
        assertThat(run).as("the run was still going when the executor was killed").isNotDone();
        assertThat(executors).as(cluster.logs()).hasSize(2);
        assertThat(executors.get(0).destroyForcibly()).isTrue();
        SpecRuns.Run s = run.get(180, TimeUnit.SECONDS);
        assertThat(s.code()).as(s.err()).isIn(0, 1);
        SpecRuns.assertSameArtifacts(threads, spark);
        assertThat(SpecRuns.cli(List.of("verify", spark.audit().toString())).code()).isZero();
    }

    @Test
    void aWorkerThatCrashesOnAnExecutorIsTheSameFailedRecordAsOnOneMachine() throws IOException {
        Path spec = faultSpec(0, 0.95);
        SpecRuns.Outputs threads = SpecRuns.completed(spec, dir, "threads", "--threads", "1");
        SpecRuns.Outputs spark = SpecRuns.completed(spec, dir, "cluster", onCluster());
        List<String> want = withoutProcessNames(SpecRuns.trailWithoutTimes(threads.trail()));
        assertThat(want).filteredOn(l -> l.contains("\"_error\": \"WorkerException: worker W exited")).isNotEmpty();
        assertThat(withoutProcessNames(SpecRuns.trailWithoutTimes(spark.trail()))).containsExactlyElementsOf(want);
        assertThat(SpecRuns.cli(List.of("verify", spark.audit().toString())).code()).isZero();
    }

    @Test
    void theSpecDirectoryCanBeShippedToTheExecutors() throws IOException {
        Path specDir = Files.createDirectories(dir.resolve("calibration"));
        Path spec = faultSpec(specDir, 0, 99);
        SpecRuns.Outputs threads = SpecRuns.completed(spec, dir, "threads", "--threads", "1");
        List<Path> startedHere = markers(specDir);
        assertThat(startedHere).isNotEmpty();
        System.setProperty(SparkEngineProvider.SHIP_SPEC_DIRECTORY, "true");
        SpecRuns.Outputs spark;
        try {
            spark = SpecRuns.completed(spec, dir, "cluster", onCluster());
        } finally {
            System.clearProperty(SparkEngineProvider.SHIP_SPEC_DIRECTORY);
        }
        SpecRuns.assertSameArtifacts(threads, spark);
        // The executors' workers started in their unpacked copies, never in the driver's directory.
        assertThat(markers(specDir)).containsExactlyInAnyOrderElementsOf(startedHere);
        assertThat(markers(clusterDir)).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getParent().getFileName().toString()).startsWith("omega-lock-spec-"));
    }

    private static String[] onCluster() {
        return new String[] {"--engine", "spark", "--master", cluster.master()};
    }

    private static List<Path> markers(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().startsWith("worker-started.")).toList();
        }
    }

    /**
     * The pool's process name ({@code train} with one process, {@code train#2} with several) and
     * its request counter differ between engines and thread counts; the failure itself does not.
     */
    private static List<String> withoutProcessNames(List<String> trail) {
        return trail.stream().map(l -> l.replaceAll("worker [a-z]+(#[0-9]+)? ", "worker W ")
                .replaceAll("request [0-9]+", "request N")).toList();
    }

    private Path faultSpec(double delaySeconds, double crashAbove) throws IOException {
        return faultSpec(dir, delaySeconds, crashAbove);
    }

    /**
     * A 2-D grid (20 x 20) over the fault worker, train and test roles, no constraints: 400
     * candidates. The worker sits beside the spec and the command names it relative to the
     * spec's directory, where worker commands start.
     */
    static Path faultSpec(Path specDir, double delaySeconds, double crashAbove) throws IOException {
        try (InputStream in = ClusterRunTest.class.getResourceAsStream("/fault_worker.py")) {
            Files.copy(in, specDir.resolve("fault_worker.py"));
        }
        String cmd = "[python3, fault_worker.py, %s, '" + delaySeconds + "', '" + crashAbove + "']";
        Path spec = specDir.resolve("fault.yaml");
        Files.writeString(spec, """
                space:
                  - {name: x, type: float, low: -1, high: 1, neutral: 0}
                  - {name: y, type: float, low: -1, high: 1, neutral: 0}
                targets:
                  train: {command: %s}
                  test: {command: %s}
                search: {method: grid, points_per_axis: 20}
                unlock_k: 2
                """.formatted(cmd.formatted("train"), cmd.formatted("test")));
        return spec;
    }

    private static boolean scoring(ProcessHandle executor) {
        return executor.descendants().anyMatch(h -> StandaloneCluster.commandLine(h).contains("fault_worker.py"));
    }
}
