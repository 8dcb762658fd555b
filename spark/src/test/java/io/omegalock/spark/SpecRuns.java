package io.omegalock.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omegalock.cli.Main;
import io.omegalock.testing.JsonAssert;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code omega-lock run} in-process and compares what two runs wrote. */
final class SpecRuns {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SpecRuns() {
    }

    /**
     * @param code exit code
     * @param out  stdout
     * @param err  stderr
     */
    record Run(int code, String out, String err) {
    }

    /** The three artifacts of one run. */
    record Outputs(Path result, Path audit, Path trail) {
        static Outputs in(Path dir, String tag) {
            return new Outputs(dir.resolve(tag + ".result.json"), dir.resolve(tag + ".audit.json"),
                    dir.resolve(tag + ".trail.jsonl"));
        }

        List<String> args() {
            return List.of("--out", result.toString(), "--audit", audit.toString(), "--trail", trail.toString(),
                    "--quiet");
        }
    }

    static Run cli(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs a spec writing its three artifacts, with extra options (the engine). */
    static Run run(Path spec, Outputs outputs, String... options) {
        List<String> args = new ArrayList<>(List.of("run", spec.toString()));
        args.addAll(outputs.args());
        args.addAll(List.of(options));
        return cli(args);
    }

    /**
     * Runs a spec that must complete (exit 0, PASS, or 1, a gate failed) and names its outputs
     * by the tag.
     *
     * @return the outputs it wrote
     */
    static Outputs completed(Path spec, Path dir, String tag, String... options) {
        Outputs out = Outputs.in(dir, tag);
        Run r = run(spec, out, options);
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        return out;
    }

    /**
     * Asserts that two runs wrote the same artifacts: the trail byte for byte once each line's
     * timestamp and chain hashes (which hash the timestamp) are taken out, the audit report's
     * records likewise, and the result once wall times are.
     */
    static void assertSameArtifacts(Outputs want, Outputs got) {
        assertThat(trailWithoutTimes(got.trail())).containsExactlyElementsOf(trailWithoutTimes(want.trail()))
                .isNotEmpty();
        assertThat(auditWithoutTimes(got.audit())).isEqualTo(auditWithoutTimes(want.audit()));
        assertThat(resultWithoutTimes(got.result())).isEqualTo(resultWithoutTimes(want.result()));
    }

    static List<String> trailWithoutTimes(Path trail) {
        try {
            return Files.readAllLines(trail).stream()
                    .map(l -> l.replaceAll("\"timestamp_iso\": \"[^\"]*\"", "\"timestamp_iso\": \"-\"")
                            .replaceAll("\"(previous_hash|run_hash)\": (\"[0-9a-f]{64}\"|null)", "\"$1\": \"-\""))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode auditWithoutTimes(Path audit) {
        ObjectNode a = (ObjectNode) read(audit);
        a.remove("hash_chain");
        a.remove("started_iso");
        a.remove("ended_iso");
        a.get("runs").forEach(r -> ((ObjectNode) r).remove("timestamp_iso"));
        return a;
    }

    static JsonNode resultWithoutTimes(Path result) {
        JsonNode r = read(result);
        JsonAssert.stripWallTimes(r);
        stripElapsed(r);
        return r;
    }

    /** Removes {@code elapsed_seconds} and {@code total_elapsed_seconds} at any depth. */
    private static void stripElapsed(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove(List.of("elapsed_seconds", "total_elapsed_seconds"));
        }
        n.forEach(SpecRuns::stripElapsed);
    }

    /**
     * A copy of a spec fixture searching with batched TPE instead of its grid.
     *
     * @return the spec file, written into {@code dir}
     */
    @SuppressWarnings("unchecked")
    static Path batchedTpe(String name, Path dir, int trials, int batchSize) throws IOException {
        Path rewritten = io.omegalock.cli.spec.SpecFixtures.rewritten(name, dir);
        java.util.Map<String, Object> spec = (java.util.Map<String, Object>) io.omegalock.json.Json.parse(rewritten);
        spec.put("search", new java.util.LinkedHashMap<>(java.util.Map.of("method", "tpe", "trials", trials, "seed", 7,
                "batch_size", batchSize)));
        Path out = dir.resolve(name + "-tpe-batch" + batchSize + ".json");
        Files.writeString(out, io.omegalock.json.JsonWriter.toString(spec, true));
        return out;
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
