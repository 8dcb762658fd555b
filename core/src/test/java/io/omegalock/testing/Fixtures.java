package io.omegalock.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Access to the reference fixtures beside the checkout ({@code ../shared/fixtures}). Tests that
 * need them skip cleanly when they are absent.
 */
public final class Fixtures {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private Fixtures() {
    }

    /** @return the fixture root; skips the calling test when it does not exist */
    public static Path root() {
        String prop = System.getProperty("omegalock.fixtures");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "..", "shared", "fixtures");
        assumeTrue(Files.isDirectory(p), "reference fixtures not found at " + p.toAbsolutePath());
        return p;
    }

    /** @return true when the fixtures are present (for method sources that must not throw) */
    public static boolean present() {
        String prop = System.getProperty("omegalock.fixtures");
        Path p = prop != null ? Path.of(prop) : Path.of("..", "..", "shared", "fixtures");
        return Files.isDirectory(p);
    }

    /** @return the parsed JSON file under the fixture root */
    public static JsonNode json(String relative) {
        try {
            return MAPPER.readTree(root().resolve(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
