package io.omegalock.bench;

import io.omegalock.audit.AuditReport;
import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.ChainEntry;
import io.omegalock.audit.ChainVerdict;
import io.omegalock.eval.Evaluator;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.search.GridSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The audit trail's costs from the issue: the 64k pipeline through auditing wrappers, the
 * report with its hash chain over that trail, and writing and reading back a 100,000-record
 * report with its chain. Each benchmark has its own state, so a fork builds only its inputs.
 *
 * <p>Forks get a fixed, pre-touched 2 GB heap for the reason given in {@link PipelineBench}:
 * otherwise most iterations pay first-touch page faults on a fresh eden.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class AuditBench {
    /** Records of the audited 64k pipeline: baseline 1, stress 24, grid 64,000, walk-forward 10. */
    static final int AUDITED_RECORDS = 1 + 24 + PipelineBench.GRID_CANDIDATES + 10;

    static PipelineConfig config() {
        return PipelineConfig.builder().unlockK(3).search(new GridSearch(40)).walkForwardTopN(10).build();
    }

    /** Runs the 64k pipeline through train and test wrappers of one fresh trail. */
    static AuditTrail auditedRun(PipelineConfig config, Evaluator evaluator) {
        AuditTrail trail = AuditTrail.of(AuditScenarios.quad12dConstraints());
        PipelineTargets targets = PipelineTargets.of(trail.wrap(Scenarios.quad12d(0.0), "train"))
                .withTest(trail.wrap(Scenarios.quad12d(0.1), "test"));
        PipelineResult r = new Pipeline(config, evaluator).run(targets);
        if (r.candidates().size() != PipelineBench.GRID_CANDIDATES) {
            throw new IllegalStateException("expected " + PipelineBench.GRID_CANDIDATES + " candidates, got "
                    + r.candidates().size() + " (" + r.status() + ")");
        }
        return trail;
    }

    /** Input of {@link #auditedPipeline64k}. */
    @State(Scope.Benchmark)
    public static class Pipeline64k {
        PipelineConfig config;
        Evaluator sequential;

        /** Checks the audited run records every call. */
        @Setup
        public void setUp() {
            config = config();
            sequential = Evaluator.sequential();
            AuditTrail trail = auditedRun(config, sequential);
            if (trail.size() != AUDITED_RECORDS) {
                throw new IllegalStateException("expected " + AUDITED_RECORDS + " records, got " + trail.size());
            }
        }
    }

    /** Input of {@link #auditReportWithChain64k}: a completed audited 64k run. */
    @State(Scope.Benchmark)
    public static class Trail64k {
        AuditTrail trail;

        /** Runs the audited pipeline once. */
        @Setup
        public void setUp() {
            trail = auditedRun(config(), Evaluator.sequential());
            if (trail.size() != AUDITED_RECORDS) {
                throw new IllegalStateException("expected " + AUDITED_RECORDS + " records, got " + trail.size());
            }
        }
    }

    /** Inputs of {@link #serialize100k} and {@link #parseVerify100k}. */
    @State(Scope.Benchmark)
    public static class Report100k {
        AuditReport report;
        Path dir;
        Path written;
        Path toRead;

        /** Builds the report and writes the file the parse benchmark reads. */
        @Setup
        public void setUp() throws IOException {
            report = AuditScenarios.quadReport(AuditScenarios.REPORT_RECORDS, 7);
            dir = Files.createTempDirectory("auditbench");
            written = dir.resolve("written.json");
            toRead = dir.resolve("report.json");
            report.write(toRead, true);
            AuditReport back = AuditReport.read(toRead);
            ChainVerdict v = back.verifyStoredChain();
            if (!(v instanceof ChainVerdict.Intact i) || i.count() != AuditScenarios.REPORT_RECORDS
                    || !back.runs().equals(report.runs())) {
                throw new IllegalStateException("the 100k report does not round-trip: " + v);
            }
        }

        /** Removes the files. */
        @TearDown
        public void tearDown() throws IOException {
            Files.deleteIfExists(written);
            Files.deleteIfExists(toRead);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * @param s the scenario
     * @return the trail of the 64k pipeline run through auditing train and test wrappers
     */
    @Benchmark
    public AuditTrail auditedPipeline64k(Pipeline64k s) {
        return auditedRun(s.config, s.sequential);
    }

    /**
     * The report object over the completed trail, its summary counts and its hash chain.
     *
     * @param s the completed trail
     * @return the chain
     */
    @Benchmark
    public List<ChainEntry> auditReportWithChain64k(Trail64k s) {
        AuditReport report = s.trail.report("run_p1", 42L, null);
        if (report.nFeasible() < 0 || report.constraintPassCounts().isEmpty()) {
            throw new IllegalStateException("unreachable");
        }
        return report.hashChain();
    }

    /**
     * @param s the report
     * @return the size of the pretty JSON file written with its hash chain
     * @throws IOException when the file cannot be sized
     */
    @Benchmark
    public long serialize100k(Report100k s) throws IOException {
        s.report.write(s.written, true);
        return Files.size(s.written);
    }

    /**
     * @param s the report file
     * @return the verdict of the stored chain against the records read back
     */
    @Benchmark
    public ChainVerdict parseVerify100k(Report100k s) {
        ChainVerdict v = AuditReport.read(s.toRead).verifyStoredChain();
        if (!v.ok()) {
            throw new UncheckedIOException(new IOException("chain does not verify: " + v));
        }
        return v;
    }
}
