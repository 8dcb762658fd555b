package io.omegalock.cli;

import io.omegalock.BadInputException;
import io.omegalock.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a JSON array of finite numbers, naming the file and the offending element on error.
 * Public because the Maven plugin's gate goal reads score files the same way.
 */
public final class ScoreFiles {
    private ScoreFiles() {
    }

    /**
     * @param file a JSON array of finite numbers
     * @return the numbers
     * @throws io.omegalock.BadInputException when the file is missing, not JSON, not an array, or holds a
     *                                        non-number or non-finite element (the message names the index)
     */
    public static double[] read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        Object parsed;
        try {
            parsed = Json.parse(file);
        } catch (BadInputException e) {
            throw new BadInputException(file + ": not valid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof List<?> list)) {
            throw new BadInputException(file + ": expected a JSON array of numbers, got "
                    + (parsed == null ? "null" : parsed.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)));
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = list.get(i);
            if (!(v instanceof Number n)) {
                throw new BadInputException(file + ": element [" + i + "] is not a number: " + v);
            }
            out[i] = n.doubleValue();
            if (!Double.isFinite(out[i])) {
                throw new BadInputException(file + ": element [" + i + "] is not finite: " + v);
            }
        }
        return out;
    }
}
