package io.omegalock.spark;

import io.omegalock.audit.AuditTrail;
import io.omegalock.audit.StreamingTrail;
import io.omegalock.demo.Quad12;
import io.omegalock.eval.Evaluator;
import io.omegalock.pipeline.Pipeline;
import io.omegalock.pipeline.PipelineConfig;
import io.omegalock.pipeline.PipelineResult;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.search.GridSearch;
import io.omegalock.target.Target;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Spark engine's bench scenarios (run by {@code bench/spark}, not by the test suite):
 *
 * <ul>
 *   <li>{@code pipeline G ENGINE}: the built-in quad12 pipeline (unlock 3, a grid of G points per
 *       axis, G^3 candidates plus stress and walk-forward), every evaluation in an audit trail
 *       streamed to disk and kept out of memory; ENGINE is {@code threads:N}, {@code local[N]} or
 *       {@code cluster} (a standalone cluster of two one-core Workers started here). The engine
 *       starts first and a warm-up run at G/4 follows, so the timed run is the steady state.
 *       Prints candidates, wall seconds, driver peak heap (MB) and the per-candidate time.</li>
 *   <li>{@code tasks ENGINE}: batches of one trivial candidate per task, one task and then four
 *       per slot (as the engine cuts them), 200 times each after 50 warm-ups: the fixed cost of
 *       a batch and of each further task, which the 100-executor projection in
 *       docs/DISTRIBUTED.md starts from.</li>
 *   <li>{@code worker ENGINE DELAY_S}: a 20 x 20 grid (400 candidates, plus stress and
 *       walk-forward) over a Python worker sleeping DELAY_S per evaluation, opened as the command
 *       line opens a spec ({@code threads:N}, {@code local[N]} or {@code cluster}): prints the
 *       engine's start-up (Spark context and executors; for threads, the worker processes) and
 *       the pipeline's wall time apart, for a first run (executors cold: classes loading, worker
 *       processes starting) and a second on the same engine.</li>
 * </ul>
 */
public final class SparkBench {
    private SparkBench() {
    }

    /**
     * @param args the scenario and its arguments (see the class comment)
     * @throws Exception when a scenario cannot run
     */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("spark-bench");
        String engine = "pipeline".equals(args[0]) ? args[2] : args[1];
        StandaloneCluster cluster = engine.equals("cluster") ? StandaloneCluster.start(dir, 2) : null;
        try {
            if (cluster != null) {
                cluster.driverConf().forEach(System::setProperty);
                // Time the pipeline on both executors, not from whichever registered first.
                System.setProperty("omegalock.spark.minExecutors", "2");
            }
            String master = cluster != null ? cluster.master() : engine;
            if ("pipeline".equals(args[0])) {
                pipeline(Integer.parseInt(args[1]), master, dir);
            } else if ("tasks".equals(args[0])) {
                tasks(master);
            } else {
                worker(master, Double.parseDouble(args[2]), dir);
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
        System.exit(0);
    }

    private static void tasks(String master) {
        try (Evaluator ev = engine(master)) {
            Target t = target(master, "train");
            int n = ev.threads() * SparkScorer.SLICES_PER_SLOT;
            double one = perBatch(ev, t, 1);
            double wave = perBatch(ev, t, n);
            System.out.printf(Locale.ROOT, "%s\t%d slots\tbatch of 1 task %.2f ms\tbatch of %d tasks %.2f ms"
                    + "\t%.2f ms per extra task%n", master, ev.threads(), one, n, wave, (wave - one) / (n - 1));
        }
    }

    /** @return milliseconds per batch of n trivial candidates (one per task), 200 after 50 warm-ups */
    private static double perBatch(Evaluator ev, Target t, int n) {
        List<io.omegalock.space.Params> batch = java.util.Collections.nCopies(n, t.space().neutral());
        for (int i = 0; i < 50; i++) {
            ev.evaluate(t, batch);
        }
        int reps = 200;
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            ev.evaluate(t, batch);
        }
        return (System.nanoTime() - t0) / 1e6 / reps;
    }

    private static Evaluator engine(String master) {
        if (master.startsWith("threads:")) {
            return Evaluator.parallel(Integer.parseInt(master.substring("threads:".length())));
        }
        return Evaluator.remote(SparkScorer.connect(master, Map.of()), null);
    }

    private static void pipeline(int g, String master, Path dir) throws Exception {
        try (Evaluator ev = engine(master)) {
            Target train = target(master, "train");
            Target test = target(master, "test");
            run(ev, Math.max(2, g / 4), train, test, dir);
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long t0 = System.nanoTime();
            int n = run(ev, g, train, test, dir);
            double secs = (System.nanoTime() - t0) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf(Locale.ROOT, "%s\t%d candidates\t%.3f s\tpeak heap %.0f MB\t%.2f us/candidate%n", master,
                    n, secs, peak / 1e6, secs / n * 1e6);
        }
    }

    /** The built-in quad12 slice: as is on threads, as a recipe executors make on Spark. */
    private static Target target(String master, String role) {
        return master.startsWith("threads:") ? Quad12.slice(role)
                : new ExecutorTarget.SpecTarget(Quad12.space(), new ExecutorTarget.Builtin(role, "quad12", role));
    }

    private static int run(Evaluator ev, int g, Target train, Target test, Path dir) throws Exception {
        Path file = dir.resolve("trail.jsonl");
        try (StreamingTrail sink = StreamingTrail.create(file, StreamingTrail.Durability.FLUSH)) {
            AuditTrail trail = AuditTrail.builder().sink(sink).retainRecords(false).build();
            PipelineConfig config = PipelineConfig.builder().unlockK(3).search(new GridSearch(g)).build();
            PipelineResult r = new Pipeline(config, ev).run(PipelineTargets.of(trail.wrap(train, "train"))
                    .withTest(trail.wrap(test, "test")));
            return r.candidates().size();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void worker(String master, double delay, Path dir) throws Exception {
        Path spec = ClusterRunTest.faultSpec(dir, delay, 99);
        io.omegalock.cli.spec.RunSpec run = io.omegalock.cli.spec.SpecFile.load(spec);
        boolean threads = master.startsWith("threads:");
        long t0 = System.nanoTime();
        try (io.omegalock.cli.engine.RunEngine eng = io.omegalock.cli.engine.Engines.open(threads ? "threads" : "spark",
                threads ? null : master, threads ? Integer.parseInt(master.substring(8)) : 1, run, null)) {
            eng.targets().startWorkers();
            double startup = (System.nanoTime() - t0) / 1e9;
            for (String pass : List.of("first", "second")) {
                AuditTrail trail = AuditTrail.builder().constraints(run.constraints()).build();
                long t1 = System.nanoTime();
                PipelineResult r = new Pipeline(run.config(), eng.evaluator()).run(eng.targets().pipelineTargets(trail));
                double secs = (System.nanoTime() - t1) / 1e9;
                double evalSecs = r.candidates().stream().mapToDouble(c -> c.evaluation().wallSeconds()).sum();
                System.out.printf(Locale.ROOT, "%s\tworker %.0f ms\t%d evaluations\tengine start %.2f s\t%s run %.2f s"
                        + "\tgrid evaluations %.2f ms each%n", master, delay * 1000, trail.size(), startup, pass, secs,
                        evalSecs / r.candidates().size() * 1000);
            }
        }
    }
}
