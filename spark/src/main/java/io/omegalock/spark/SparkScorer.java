package io.omegalock.spark;

import io.omegalock.BadInputException;
import io.omegalock.eval.RemoteScorer;
import io.omegalock.eval.Scored;
import io.omegalock.space.Params;
import io.omegalock.target.Target;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.ObjIntConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;

/**
 * Scores batches on Apache Spark: a batch is one job (a very large one a few, see
 * {@link #score(Target, List, ObjIntConsumer)}), cut into a few contiguous slices per task slot
 * (many candidates per task keep Spark's per-task cost off each evaluation), the slices'
 * outcomes collected and handed over in candidate order. Spark reruns a lost task
 * (executor killed, node gone); only the finished task's output is collected, so every
 * candidate comes back exactly once, and the audit records are written by the driver in
 * candidate order (see {@link io.omegalock.eval.Evaluator#remote}).
 */
public final class SparkScorer implements RemoteScorer {
    /** Slices per task slot: enough to even out uneven evaluation times, few enough to batch. */
    static final int SLICES_PER_SLOT = 4;
    /** The most candidates one task scores: keeps tasks and their results small (a few MB). */
    static final int MAX_SLICE = 4096;
    /** Jobs of a very large batch submitted ahead of the one being collected. */
    static final int JOBS_IN_FLIGHT = 2;

    private final JavaSparkContext sc;
    private final boolean owned;

    private SparkScorer(JavaSparkContext sc, boolean owned) {
        this.sc = sc;
        this.owned = owned;
    }

    /**
     * Library use: scores on a context the caller made and stops (add {@link OmegaLockPlugin} to
     * {@code spark.plugins} to stop worker processes with the executors).
     *
     * @param sc the Spark context
     * @return a scorer that leaves the context running when closed
     */
    public static SparkScorer on(JavaSparkContext sc) {
        return new SparkScorer(sc, false);
    }

    /**
     * Starts a Spark application against a master, after checking that a {@code spark://}
     * master answers (so a wrong address fails in seconds instead of after Spark's retries),
     * and waits for a first executor. Other settings come from {@code spark.*} system
     * properties and {@code conf}. Spark's log level is set to warnings; the UI is off unless
     * {@code spark.ui.enabled} says otherwise.
     *
     * @param master {@code local[N]}, {@code local[*]} or {@code spark://HOST:PORT[,HOST:PORT]}
     * @param conf   extra settings (may be empty)
     * @return a scorer owning the context (closing it stops the application)
     * @throws BadInputException naming the master when it is malformed or cannot be reached
     */
    public static SparkScorer connect(String master, Map<String, String> conf) {
        checkReachable(master);
        SparkConf c = new SparkConf().setMaster(master).setAppName("omega-lock")
                .setIfMissing("spark.ui.enabled", "false")
                .set("spark.plugins", withPlugin(System.getProperty("spark.plugins")));
        if (master.startsWith("local")) {
            // Embedded Spark talks only to itself: keep it on the loopback interface.
            c.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        appJar().ifPresent(jar -> c.setIfMissing("spark.jars", jar));
        conf.forEach(c::set);
        JavaSparkContext sc = new JavaSparkContext(c);
        sc.setLogLevel("WARN");
        SparkScorer s = new SparkScorer(sc, true);
        if (master.startsWith("spark://")) {
            s.awaitExecutors(master, Integer.getInteger("omegalock.spark.minExecutors", 1),
                    Long.getLong("omegalock.spark.executorWaitMillis", 60_000));
        }
        return s;
    }

    @Override
    public List<Scored> score(Target leaf, List<Params> batch) {
        List<Scored> out = new ArrayList<>(batch.size());
        score(leaf, batch, (s, i) -> out.add(s));
        return out;
    }

    /**
     * Cuts the batch into slices of contiguous candidates, {@value #SLICES_PER_SLOT} per task
     * slot but never more than {@value #MAX_SLICE} candidates, and runs them as jobs of one such
     * wave each: a batch of ordinary size is one job. A very large batch (a million-point grid)
     * becomes several jobs, at most {@value #JOBS_IN_FLIGHT} submitted at a time, so the driver
     * never holds more than a few waves of outcomes and parameter rows, and the trail streams.
     */
    @Override
    public void score(Target leaf, List<Params> batch, ObjIntConsumer<Scored> sink) {
        int n = batch.size();
        if (n == 0) {
            return;
        }
        ScoreSlice task = new ScoreSlice(ExecutorTarget.of(leaf), batch.get(0).space().names());
        int wave = parallelism() * SLICES_PER_SLOT;
        int size = Math.max(1, Math.min(MAX_SLICE, (n + wave - 1) / wave));
        int slices = (n + size - 1) / size;
        java.util.ArrayDeque<JavaFutureAction<List<Outcomes>>> running = new java.util.ArrayDeque<>();
        int submitted = 0;
        int next = 0;
        try {
            while (next < n) {
                while (submitted < slices && running.size() < JOBS_IN_FLIGHT) {
                    List<Slice> work = new ArrayList<>(wave);
                    for (int s = submitted; s < Math.min(slices, submitted + wave); s++) {
                        work.add(slice(batch, s * size, Math.min(n, (s + 1) * size)));
                    }
                    submitted += work.size();
                    running.add(sc.parallelize(work, work.size()).map(task).collectAsync());
                }
                for (Outcomes part : running.peek().get()) {
                    for (int k = 0; k < part.size(); k++) {
                        sink.accept(part.scored(k), next++);
                    }
                }
                running.poll();
            }
        } catch (InterruptedException e) {
            running.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Spark", e);
        } catch (ExecutionException e) {
            running.forEach(f -> f.cancel(true));
            throw new IllegalStateException("Spark job failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static Slice slice(List<Params> batch, int from, int to) {
        Object[][] rows = new Object[to - from][];
        for (int i = from; i < to; i++) {
            Params p = batch.get(i);
            Object[] row = new Object[p.space().size()];
            for (int j = 0; j < row.length; j++) {
                row[j] = p.get(j);
            }
            rows[i - from] = row;
        }
        return new Slice(rows);
    }

    /**
     * Ships a directory to every executor as a zip archive ({@code SparkContext.addArchive}),
     * which Spark unpacks once per executor.
     *
     * @param directory a directory on this machine
     * @return the archive's name, for {@code SparkFiles.get} on the executors
     * @throws java.io.UncheckedIOException when the directory cannot be read
     */
    public String ship(Path directory) {
        try {
            Path zip = Files.createTempFile("omega-lock-spec-", ".zip");
            zip.toFile().deleteOnExit();
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                 Stream<Path> files = Files.walk(directory)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new ZipEntry(directory.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
            sc.sc().addArchive(zip.toString());
            return zip.getFileName().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot ship " + directory + " to the executors: " + e.getMessage(), e);
        }
    }

    /** @return a setting of the running application, or the default */
    String setting(String key, String defaultValue) {
        return sc.getConf().get(key, defaultValue);
    }

    @Override
    public int parallelism() {
        return Math.max(1, sc.defaultParallelism());
    }

    /** Stops the application when this scorer started it. */
    @Override
    public void close() {
        if (owned) {
            sc.stop();
        }
    }

    /** Contiguous candidates of one task, as value rows in the space's order. */
    record Slice(Object[][] rows) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The task body: scores a slice's rows on the executor. */
    record ScoreSlice(ExecutorTarget target, List<String> names) implements Function<Slice, Outcomes> {
        private static final long serialVersionUID = 1L;

        @Override
        public Outcomes call(Slice slice) {
            List<Map<String, Object>> params = new ArrayList<>(slice.rows().length);
            for (Object[] row : slice.rows()) {
                Map<String, Object> p = new LinkedHashMap<>(row.length * 2);
                for (int j = 0; j < row.length; j++) {
                    p.put(names.get(j), row[j]);
                }
                params.add(p);
            }
            return Outcomes.score(target, params);
        }
    }

    /**
     * The jar these classes were loaded from, when they were (the application jar): shipped to a
     * cluster's executors unless {@code spark.jars} says otherwise. spark-submit ships it itself.
     */
    private static java.util.Optional<String> appJar() {
        try {
            var source = SparkScorer.class.getProtectionDomain().getCodeSource();
            java.nio.file.Path p = source == null ? null : java.nio.file.Path.of(source.getLocation().toURI());
            return p != null && p.toString().endsWith(".jar") ? java.util.Optional.of(p.toString())
                    : java.util.Optional.empty();
        } catch (java.net.URISyntaxException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }

    private static String withPlugin(String plugins) {
        String ours = OmegaLockPlugin.class.getName();
        return plugins == null || plugins.isBlank() ? ours : plugins.contains(ours) ? plugins : plugins + "," + ours;
    }

    /**
     * Waits until {@code min} executors have registered (the driver's own entry aside): one by
     * default, more when {@code -Domegalock.spark.minExecutors} says so, so that the first
     * batches do not run on the executors that happened to start first.
     */
    private void awaitExecutors(String master, int min, long waitMillis) {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (sc.sc().getExecutorMemoryStatus().size() - 1 < min) {
            if (System.currentTimeMillis() > deadline) {
                sc.stop();
                throw new BadInputException((min == 1 ? "no Spark executor" : "fewer than " + min + " Spark executors")
                        + " registered with " + master + " within " + waitMillis / 1000
                        + " s (does the cluster have free cores and memory?)");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                sc.stop();
                throw new IllegalStateException("interrupted while waiting for Spark executors", e);
            }
        }
    }

    /** Validates the master's form and, for a standalone master, that each address answers. */
    static void checkReachable(String master) {
        if (master == null || master.isBlank()) {
            throw new BadInputException("--master: expected local[N] or spark://HOST:PORT, got nothing");
        }
        if (master.equals("local") || master.matches("local\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?]")) {
            return;
        }
        if (!master.startsWith("spark://")) {
            throw new BadInputException("--master: expected local[N] or spark://HOST:PORT, got " + master);
        }
        String problem = null;
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            URI u = URI.create("spark://" + hostPort);
            if (u.getHost() == null || u.getPort() < 0) {
                throw new BadInputException("--master: expected spark://HOST:PORT, got " + master);
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(u.getHost(), u.getPort()), 3_000);
                return;
            } catch (java.io.IOException e) {
                problem = e.getMessage();
            }
        }
        throw new BadInputException("cannot reach the Spark master " + master + ": " + problem);
    }
}
