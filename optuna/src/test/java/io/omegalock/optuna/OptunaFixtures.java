package io.omegalock.optuna;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.omegalock.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Optuna fixtures beside the checkout ({@code ../shared/fixtures/optuna}, or the
 * {@code omegalock.fixtures} system property the parent pom sets): studies written by Optuna
 * 3.1.0 and, under {@code expected/}, what Optuna itself reports for them. Tests skip cleanly
 * when the fixtures are absent.
 */
final class OptunaFixtures {
    private OptunaFixtures() {
    }

    private static Path base() {
        String prop = System.getProperty("omegalock.fixtures");
        return (prop != null ? Path.of(prop) : Path.of("..", "..", "shared", "fixtures")).resolve("optuna");
    }

    /** @return true when the fixtures are present (for method sources, which must not skip) */
    static boolean present() {
        return Files.isDirectory(base());
    }

    /** @return the optuna fixture folder; skips the calling test when absent */
    static Path dir() {
        Path p = base();
        assumeTrue(Files.isDirectory(p), "Optuna fixtures not found at " + p.toAbsolutePath());
        return p;
    }

    /** @return a file under the optuna fixture folder */
    static Path file(String relative) {
        return dir().resolve(relative);
    }

    /** @return the parsed JSON of a file under {@code expected/} */
    @SuppressWarnings("unchecked")
    static Map<String, Object> expected(String name) {
        return (Map<String, Object>) Json.parse(file("expected/" + name));
    }

    /** @return the trials Optuna reported for a study ({@code expected/STUDY.trials.json}) as records */
    @SuppressWarnings("unchecked")
    static List<Trial> expectedTrials(String study) {
        List<Trial> out = new ArrayList<>();
        for (Object o : (List<Object>) expected(study + ".trials.json").get("trials")) {
            Map<String, Object> t = (Map<String, Object>) o;
            List<Double> values = t.get("values") == null ? List.of() : doubles((List<Object>) t.get("values"));
            out.add(new Trial(((Number) t.get("number")).intValue(), TrialState.fromName((String) t.get("state")),
                    (Map<String, Object>) t.get("params"), values, (Map<String, Object>) t.get("user_attrs"),
                    (Map<String, Object>) t.get("system_attrs"), Map.of()));
        }
        return out;
    }

    static List<Double> doubles(List<Object> raw) {
        List<Double> out = new ArrayList<>();
        for (Object o : raw) {
            out.add(((Number) o).doubleValue());
        }
        return out;
    }
}
