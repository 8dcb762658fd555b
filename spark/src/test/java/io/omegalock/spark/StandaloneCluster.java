package io.omegalock.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Spark standalone cluster on 127.0.0.1 for tests: one Master and {@code workers}
 * Workers, each its own JVM started from this JVM's class path (Spark's jars come from Maven),
 * each Worker offering one core, so every executor is a separate JVM the Worker forks. The
 * executors get this JVM's class path (the project's classes) through
 * {@code spark.executor.extraClassPath}; the Workers' {@code SPARK_HOME} is an empty directory
 * with an empty {@code jars/}, since everything is on that class path. Logs go to {@code dir}.
 */
final class StandaloneCluster implements AutoCloseable {
    private final Path dir;
    private final List<Process> daemons = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();
    private final String master;

    private StandaloneCluster(Path dir, String master) {
        this.dir = dir;
        this.master = master;
    }

    /**
     * Starts the cluster and waits until every Worker has registered.
     *
     * @param dir     for SPARK_HOME, work directories and logs
     * @param workers how many Workers (one core, 1 GiB each)
     * @return the running cluster
     * @throws IOException with the reason (and the last log lines) when it cannot start
     */
    static StandaloneCluster start(Path dir, int workers) throws IOException, InterruptedException {
        Path home = Files.createDirectories(dir.resolve("spark-home"));
        Files.createDirectories(home.resolve("jars"));
        int port = freePort();
        StandaloneCluster c = new StandaloneCluster(dir, "spark://127.0.0.1:" + port);
        try {
            c.daemons.add(c.launch("master", home, "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
            c.awaitPort(port, c.daemons.get(0), "master");
            for (int i = 0; i < workers; i++) {
                Path work = Files.createDirectories(dir.resolve("work" + i));
                Process w = c.launch("worker" + i, home, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                        "--cores", "1", "--memory", "1g", "--work-dir", work.toString(), "--webui-port",
                        String.valueOf(freePort()), c.master);
                c.daemons.add(w);
                c.workers.add(w);
            }
            c.awaitWorkers(workers);
            return c;
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** @return the master URL, {@code spark://127.0.0.1:PORT} */
    String master() {
        return master;
    }

    /**
     * The settings a driver in this JVM needs to run on the cluster: loopback addresses, small
     * executors, and this JVM's class path for them.
     */
    Map<String, String> driverConf() {
        return Map.of("spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1",
                "spark.executor.memory", "512m", "spark.executor.extraClassPath", classPath());
    }

    /** @return the executor JVMs running now (children of the Workers) */
    List<ProcessHandle> executors() {
        List<ProcessHandle> out = new ArrayList<>();
        for (Process w : workers) {
            w.toHandle().children().filter(h -> commandLine(h).contains("CoarseGrainedExecutorBackend")).forEach(out::add);
        }
        return out;
    }

    /** The full command line from /proc (ProcessHandle.Info may leave a long one out). */
    static String commandLine(ProcessHandle h) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(h.pid()), "cmdline")).replace('\0', ' ');
        } catch (IOException e) {
            return h.info().commandLine().orElse("");
        }
    }

    /** @return the tail of every daemon log, for failure messages */
    String logs() {
        StringBuilder b = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                b.append("== ").append(f.getFileName()).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())))
                        .append('\n');
            }
        } catch (IOException e) {
            b.append(e);
        }
        return b.toString();
    }

    /** Stops the daemons (a Worker's executors end with it). */
    @Override
    public void close() {
        for (Process p : daemons.stream().sorted((a, b) -> -1).toList()) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroy();
        }
        for (Process p : daemons) {
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Process launch(String name, Path home, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m"));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-") || a.startsWith("-XX:+IgnoreUnrecognized") || a.startsWith("-Dio.netty")
                        || a.startsWith("-Djdk.reflect"))
                .forEach(cmd::add);
        cmd.addAll(List.of("-cp", classPath(), mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        return pb.start();
    }

    private void awaitPort(int port, Process p, String what) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException("the Spark " + what + " exited with " + p.exitValue() + "\n" + logs());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new IOException("the Spark " + what + " did not listen on " + port + " within 60 s\n" + logs());
    }

    private void awaitWorkers(int n) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        Path log = dir.resolve("master.log");
        while (System.nanoTime() < deadline) {
            for (Process p : daemons) {
                if (!p.isAlive()) {
                    throw new IOException("a Spark daemon exited with " + p.exitValue() + "\n" + logs());
                }
            }
            if (Files.exists(log) && Files.readAllLines(log).stream().filter(l -> l.contains("Registering worker")).count() >= n) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IOException(n + " Spark workers did not register within 90 s\n" + logs());
    }

    /** This JVM's class path with every entry made absolute: executors start in their own work directories. */
    private static String classPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
