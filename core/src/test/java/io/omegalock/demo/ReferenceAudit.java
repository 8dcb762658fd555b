package io.omegalock.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omegalock.space.ParamSpace;
import io.omegalock.space.Params;
import io.omegalock.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the runs of a reference {@code audit.json} from the repository's fixtures
 * ({@link Fixtures#root()}).
 */
final class ReferenceAudit {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceAudit() {
    }

    /** One recorded call: what went in and what the reference target returned. */
    record Run(int index, String role, Map<String, Object> params, double fitness, long nTrials,
               Map<String, Object> metadata, List<String> passed, List<String> failed) {

        Params paramsIn(ParamSpace space) {
            return space.params(params);
        }

        /** The target's own metadata: the auditing wrapper's {@code _constraints_*} keys removed. */
        Map<String, Object> targetMetadata() {
            Map<String, Object> m = new LinkedHashMap<>(metadata);
            m.keySet().removeIf(k -> k.startsWith("_constraints_"));
            return m;
        }

        @Override
        public String toString() {
            return "run " + index + " (" + role + ") " + params;
        }
    }

    /**
     * @param fixture folder under {@code reference/}, e.g. {@code quad_basic}
     * @return every run in trail order
     */
    @SuppressWarnings("unchecked")
    static List<Run> runs(String fixture) throws IOException {
        Path file = Fixtures.root().resolve("reference").resolve(fixture).resolve("audit.json");
        Map<String, Object> report = JSON.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { });
        List<Map<String, Object>> raw = (List<Map<String, Object>>) report.get("runs");
        assertThat(raw).as("runs of " + file).isNotEmpty();
        List<Run> out = new java.util.ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Map<String, Object> r = raw.get(i);
            out.add(new Run(i, (String) r.get("target_role"), (Map<String, Object>) r.get("params"),
                    ((Number) r.get("fitness")).doubleValue(), ((Number) r.get("n_trials")).longValue(),
                    (Map<String, Object>) r.get("metadata"), (List<String>) r.get("constraints_passed"),
                    (List<String>) r.get("constraints_failed")));
        }
        return out;
    }

    /** Asserts two doubles are the same bits, showing both in hex and decimal when not. */
    static void assertSameDouble(String what, double actual, double expected) {
        assertThat(Double.toHexString(actual))
                .as("%s: got %s, reference %s", what, actual, expected)
                .isEqualTo(Double.toHexString(expected));
    }
}
