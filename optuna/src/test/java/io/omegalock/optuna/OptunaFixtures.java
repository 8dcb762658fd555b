package io.omegalock.optuna;

import io.omegalock.json.Json;
import io.omegalock.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The repository's Optuna fixtures ({@code fixtures/optuna}): studies written by Optuna 3.1.0 and,
 * under {@code expected/}, what Optuna itself reports for them. Part of the checkout, so never a
 * reason to skip.
 */
final class OptunaFixtures {
    private OptunaFixtures() {
    }

    /** @return a file under the optuna fixture folder */
    static Path file(String relative) {
        return Fixtures.root().resolve("optuna").resolve(relative);
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
