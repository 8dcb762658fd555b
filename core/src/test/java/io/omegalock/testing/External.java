package io.omegalock.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The programs and servers outside the JVM that some tests drive: python3 (worker-protocol
 * targets, the reference's hash algorithm), Optuna under Debian's python3, headless Chromium,
 * and the PostgreSQL and MariaDB servers of the Optuna bridge's live tests. These are the only
 * reasons a test may skip, and the message says what is missing and how to get it. Under
 * {@code CI=true} nothing may be missing ({@code .ci/run} installs and starts all of them), so
 * there a missing one fails the test instead of skipping it.
 *
 * <p>Call these before an {@code assertThatThrownBy} lambda, never inside one: inside, the
 * skip would be caught as the exception under test.
 */
public final class External {
    /** The interpreter that Debian's python3-optuna installs into (not a version manager's shim). */
    public static final String SYSTEM_PYTHON = "/usr/bin/python3";
    /** Where Debian's chromium package puts the browser. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Map<List<String>, Boolean> RUNS = new ConcurrentHashMap<>();

    private External() {
    }

    /** Skips (fails under CI) unless {@code python3} on the PATH runs. */
    public static void assumePython() {
        require(runs("python3", "-c", "pass"), "python3 is not on the PATH (apt-get install python3)");
    }

    /** @return whether {@code python3} on the PATH runs, for tests that only adapt to it */
    public static boolean pythonAvailable() {
        return runs("python3", "-c", "pass");
    }

    /** Skips (fails under CI) unless Debian's python3 can import Optuna. */
    public static void assumeOptuna() {
        require(runs(SYSTEM_PYTHON, "-c", "import optuna"),
                "Optuna is not importable by " + SYSTEM_PYTHON + " (apt-get install python3-optuna)");
    }

    /** Skips (fails under CI) unless headless Chromium is installed. */
    public static void assumeChromium() {
        require(Files.isExecutable(CHROMIUM), "no browser at " + CHROMIUM + " (apt-get install chromium)");
    }

    /**
     * The URL of a live database server for the Optuna bridge, from an environment variable that
     * {@code .ci/run} sets after starting the server; skips (fails under CI) when it is unset.
     *
     * @param variable the environment variable, e.g. {@code OMEGALOCK_TEST_POSTGRES}
     * @return its value, an Optuna storage URL
     */
    public static String assumeServer(String variable) {
        String url = System.getenv(variable);
        String server = variable.endsWith("MYSQL") ? "MariaDB (apt-get install mariadb-server python3-pymysql)"
                : "PostgreSQL (apt-get install postgresql python3-psycopg2)";
        require(url != null, "no database server: " + variable + " is unset; start " + server
                + " and set it to an Optuna storage URL, as .ci/run does");
        return url;
    }

    /**
     * For a service a test starts itself from the class path (the Spark module's standalone
     * cluster): skips (fails under CI) when it could not start.
     *
     * @param started whether it started
     * @param why     what went wrong, for the message
     */
    public static void assumeStarted(boolean started, String why) {
        require(started, why);
    }

    private static void require(boolean present, String missing) {
        if (System.getenv("CI") != null && !present) {
            throw new AssertionError("CI=true, but " + missing + ": .ci/run must install and start it");
        }
        assumeTrue(present, missing);
    }

    private static boolean runs(String... command) {
        return RUNS.computeIfAbsent(List.of(command), c -> {
            try {
                Process p = new ProcessBuilder(c).redirectErrorStream(true).start();
                p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }
}
