package io.omegalock.cli.spec;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.omegalock.json.Json;
import io.omegalock.json.JsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The reference spec fixtures ({@code ../shared/fixtures/reference/specs}) and the helpers the
 * tests share. The quad specs name {@code worker.py quad ROLE}, which is not shipped: as the
 * fixtures README says, tests rewrite them to run {@code fixtures/workers/quad_worker.py ROLE}.
 */
public final class SpecFixtures {
    public static final List<String> NAMES = List.of("quad_basic", "quad_iterative", "sram_demo");

    private SpecFixtures() {
    }

    /** @return the fixture root; skips the calling test when absent */
    public static Path root() {
        String prop = System.getProperty("omegalock.fixtures");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "..", "shared", "fixtures");
        assumeTrue(Files.isDirectory(p.resolve("reference").resolve("specs")), "reference fixtures not found at " + p);
        return p;
    }

    /** @return the fixture spec file of that name */
    public static Path spec(String name) {
        return root().resolve("reference").resolve("specs").resolve(name + ".json");
    }

    /**
     * Copies a fixture spec into {@code dir}, pointing every {@code command} target at the
     * shared quad worker with its role.
     *
     * @return the rewritten spec file
     */
    @SuppressWarnings("unchecked")
    public static Path rewritten(String name, Path dir) throws IOException {
        Map<String, Object> spec = (Map<String, Object>) Json.parse(spec(name));
        Path worker = root().resolve("workers").resolve("quad_worker.py").toAbsolutePath().normalize();
        Map<String, Object> targets = (Map<String, Object>) spec.get("targets");
        for (Map.Entry<String, Object> e : targets.entrySet()) {
            Map<String, Object> t = new LinkedHashMap<>((Map<String, Object>) e.getValue());
            if (t.containsKey("command")) {
                t.put("command", List.of("python3", worker.toString(), e.getKey()));
                e.setValue(t);
            }
        }
        Path out = dir.resolve(name + ".json");
        Files.writeString(out, JsonWriter.toString(spec, true));
        return out;
    }

    /** @return the reference's {@code audit.json} of a fixture, parsed with ints kept apart from floats */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> referenceAudit(String name) {
        return (Map<String, Object>) Json.parse(root().resolve("reference").resolve(name).resolve("audit.json"));
    }

    /** @return the reference's {@code result.json} of a fixture */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> referenceResult(String name) {
        return (Map<String, Object>) Json.parse(root().resolve("reference").resolve(name).resolve("result.json"));
    }

    /** Skips the calling test when python3 cannot be run. */
    public static void assumePython() {
        assumeTrue(pythonAvailable(), "python3 not available");
    }

    private static Boolean python;

    public static synchronized boolean pythonAvailable() {
        if (python == null) {
            try {
                Process p = new ProcessBuilder("python3", "-c", "pass").redirectErrorStream(true).start();
                python = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                python = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                python = false;
            }
        }
        return python;
    }
}
