package io.omegalock.testing;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Access to the fixtures the repository carries ({@code fixtures/} at its root, see its README):
 * the reference's outputs and the Optuna studies the differential tests compare against. They are
 * part of the checkout, so a missing folder is an error, never a reason to skip: a skipped
 * differential test would hide exactly the proof that we match the reference.
 */
public final class Fixtures {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private Fixtures() {
    }

    /**
     * @return the fixture root: the {@code omegalock.fixtures} system property (the build sets
     *     it), else {@code ../fixtures} from a module's directory
     * @throws IllegalStateException when that folder does not exist
     */
    public static Path root() {
        String prop = System.getProperty("omegalock.fixtures");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "fixtures");
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("the repository's fixtures are not at " + p.toAbsolutePath()
                    + " (set -Domegalock.fixtures to the checkout's fixtures/ folder)");
        }
        return p;
    }

    /** @return the parsed JSON file under the fixture root */
    public static JsonNode json(String relative) {
        try {
            return MAPPER.readTree(root().resolve(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param kind a key of {@code reference/unit_cases.json}, e.g. {@code "kc2"}
     * @return the reference's cases of that kind, for a parameterized test's method source
     * @throws AssertionError when the file has no case of that kind
     */
    public static Stream<JsonNode> unitCases(String kind) {
        List<JsonNode> out = new ArrayList<>();
        json("reference/unit_cases.json").path(kind).forEach(out::add);
        if (out.isEmpty()) {
            throw new AssertionError("reference/unit_cases.json has no " + kind + " cases");
        }
        return out.stream();
    }

    /** Reads a fixture number, where non-finite values are written as "inf", "-inf", "nan". */
    public static double number(JsonNode n) {
        if (n.isTextual()) {
            switch (n.asText()) {
                case "inf":
                    return Double.POSITIVE_INFINITY;
                case "-inf":
                    return Double.NEGATIVE_INFINITY;
                case "nan":
                    return Double.NaN;
                default:
                    throw new IllegalArgumentException("not a number: " + n);
            }
        }
        return n.asDouble();
    }

    /** @return the JSON array as doubles */
    public static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(array.get(i));
        }
        return out;
    }
}
