package io.omegalock.cli;

import io.omegalock.BadInputException;
import io.omegalock.json.JsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes artifacts the commands produce: JSON, and HTML scorecards. */
final class Artifacts {
    private Artifacts() {
    }

    static void writeJson(Map<String, Object> artifact, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JsonWriter.write(artifact, w, true);
            w.write('\n');
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    static void writeText(String text, Path file) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Writes the optional JSON and HTML outputs of a command and says where they went. */
    static void writeOutputs(Map<String, Object> artifact, Path json, Path html, PrintWriter out) {
        if (json != null) {
            writeJson(artifact, json);
            out.println("wrote " + json);
        }
        if (html != null) {
            writeText(Reports.html(artifact), html);
            out.println("wrote " + html);
        }
    }
}
