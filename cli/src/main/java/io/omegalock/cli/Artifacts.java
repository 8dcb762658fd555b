package io.omegalock.cli;

import io.omegalock.BadInputException;
import io.omegalock.json.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes artifacts the commands produce: JSON, and HTML scorecards. */
final class Artifacts {
    private Artifacts() {
    }

    /**
     * Writes pretty JSON and a final newline. The writer's output is ASCII by construction, so its
     * bytes go to the file as they are, with no character encoder between.
     */
    static void writeJson(Map<String, Object> artifact, Path file) {
        try (OutputStream os = Files.newOutputStream(file)) {
            JsonWriter.write(artifact, os, true);
            os.write('\n');
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot write: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new BadInputException(file + ": cannot write: " + e.getCause().getMessage(), e);
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
        writeFiles(artifact, json, html);
        sayWritten(json, html, out);
    }

    /** Writes the optional JSON and HTML outputs of a command. */
    static void writeFiles(Map<String, Object> artifact, Path json, Path html) {
        if (json != null) {
            writeJson(artifact, json);
        }
        if (html != null) {
            writeText(Reports.html(artifact), html);
        }
    }

    /** Says where {@link #writeFiles} wrote. */
    static void sayWritten(Path json, Path html, PrintWriter out) {
        if (json != null) {
            out.println("wrote " + json);
        }
        if (html != null) {
            out.println("wrote " + html);
        }
    }
}
