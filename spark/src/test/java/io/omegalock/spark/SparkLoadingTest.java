package io.omegalock.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.cli.Main;
import io.omegalock.cli.spec.SpecFixtures;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With Spark on the class path (as in the Spark application jar), a run on the default engine
 * loads no Spark or Scala class: the engine is found through ServiceLoader only for
 * {@code --engine spark}. Checked in fresh JVMs with {@code -verbose:class}.
 */
class SparkLoadingTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultEngineLoadsNoSparkAndTheSparkEngineDoes() throws Exception {
        String threads = runInFreshJvm("--threads", "1");
        assertThat(threads).contains("status        :");
        assertThat(threads).doesNotContain(" org.apache.spark.").doesNotContain(" scala.");

        String spark = runInFreshJvm("--engine", "spark", "--master", "local[1]");
        assertThat(spark).contains("status        :").contains(" org.apache.spark.SparkContext ");
    }

    private String runInFreshJvm(String... engine) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString()));
        // The module options Spark needs (the surefire argLine this JVM got).
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-") || a.startsWith("-XX:+IgnoreUnrecognized") || a.startsWith("-Dio.netty")
                        || a.startsWith("-Djdk.reflect"))
                .forEach(cmd::add);
        cmd.addAll(List.of("-verbose:class", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                SpecFixtures.spec("sram_demo").toString(), "--quiet", "--out", dir.resolve("r.json").toString()));
        cmd.addAll(List.of(engine));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] bytes = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(bytes, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out.length() > 3000 ? out.substring(out.length() - 3000) : out).isIn(0, 1);
        return out;
    }
}
