package io.omegalock.bench;

import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.StreamingTrail;
import io.omegalock.eval.Evaluator;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.search.GridSearch;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How the pipeline scales with the candidate count: the 12-parameter quadratic scenario, unlock
 * 3, a grid of g points per axis (g^3 candidates), every evaluation recorded in an audit trail
 * that streams to disk and keeps no record in memory. Prints candidates, wall seconds of the
 * whole run (after one warm-up run), peak heap in MB, and the trail file size. Run each size in
 * a fresh JVM with a fixed heap so the peaks compare: see bench/scale.
 */
public final class ScaleMain {
    private ScaleMain() {
    }

    /**
     * @param args points per axis
     * @throws Exception when the trail file cannot be written
     */
    public static void main(String[] args) throws Exception {
        int g = Integer.parseInt(args[0]);
        run(Math.max(2, g / 4));
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long t0 = System.nanoTime();
        Result r = run(g);
        double secs = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%d\t%.3f\t%.0f\t%.0f%n", r.candidates, secs, peak / 1e6, r.trailBytes / 1e6);
    }

    private record Result(int candidates, long trailBytes) {
    }

    private static Result run(int g) throws Exception {
        Path file = Files.createTempFile("scale", ".jsonl");
        try (StreamingTrail sink = StreamingTrail.create(file, StreamingTrail.Durability.FLUSH);
             Evaluator ev = Evaluator.sequential()) {
            AuditTrail trail = AuditTrail.builder().constraints(java.util.List.of(AuditScenarios.quad12dConstraints()))
                    .sink(sink).retainRecords(false).build();
            PipelineConfig config = PipelineConfig.builder().unlockK(3).search(new GridSearch(g)).build();
            PipelineResult r = new Pipeline(config, ev).run(PipelineTargets.of(trail.wrap(Scenarios.quad12d(0),
                    "train")).withTest(trail.wrap(Scenarios.quad12d(0.1), "test")));
            sink.close();
            return new Result(r.candidates().size(), Files.size(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
