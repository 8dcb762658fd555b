package io.omegalock.cli.spec;

import io.omegalock.json.Json;
import io.omegalock.json.JsonWriter;
import io.omegalock.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The reference spec fixtures ({@code fixtures/reference/specs}) and the helpers the tests share.
 * The quad specs name {@code python3 worker.py quad ROLE}; the repository's own
 * {@code worker.py} sits beside them, so they run as they are from that folder, and
 * {@link #rewritten} names it by its absolute path for a copy placed anywhere else.
 */
public final class SpecFixtures {
    public static final List<String> NAMES = List.of("quad_basic", "quad_iterative", "sram_demo");

    private SpecFixtures() {
    }

    /** @return the fixture spec file of that name */
    public static Path spec(String name) {
        return Fixtures.root().resolve("reference").resolve("specs").resolve(name + ".json");
    }

    /**
     * Copies a fixture spec into {@code dir}, naming the fixtures' {@code worker.py} by its absolute
     * path in every {@code command} target, so the copy runs from anywhere.
     *
     * @return the copied spec file
     */
    @SuppressWarnings("unchecked")
    public static Path rewritten(String name, Path dir) throws IOException {
        Map<String, Object> spec = (Map<String, Object>) Json.parse(spec(name));
        Path worker = spec(name).resolveSibling("worker.py").toAbsolutePath().normalize();
        for (Object target : ((Map<String, Object>) spec.get("targets")).values()) {
            Map<String, Object> t = (Map<String, Object>) target;
            if (t.containsKey("command")) {
                t.put("command", ((List<Object>) t.get("command")).stream()
                        .map(arg -> "worker.py".equals(arg) ? worker.toString() : arg).toList());
            }
        }
        Path out = dir.resolve(name + ".json");
        Files.writeString(out, JsonWriter.toString(spec, true));
        return out;
    }

    /** @return the reference's {@code audit.json} of a fixture, parsed with ints kept apart from floats */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> referenceAudit(String name) {
        return (Map<String, Object>) Json.parse(Fixtures.root().resolve("reference").resolve(name).resolve("audit.json"));
    }

    /** @return the reference's {@code result.json} of a fixture */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> referenceResult(String name) {
        return (Map<String, Object>) Json.parse(Fixtures.root().resolve("reference").resolve(name).resolve("result.json"));
    }
}
