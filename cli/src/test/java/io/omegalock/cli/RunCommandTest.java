package io.omegalock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omegalock.audit.AuditReport;
import io.omegalock.cli.spec.SpecFixtures;
import io.omegalock.json.Json;
import io.omegalock.testing.External;
import io.omegalock.testing.Fixtures;
import io.omegalock.testing.JsonAssert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code omega-lock run} over the reference specs (Python workers, the built-in SRAM target,
 * CEL constraints) reproduces the reference's {@code result.json} and {@code audit.json} field by
 * field, wall times and timestamps aside, floats to 1e-12 relative (SPEC §14); with
 * {@code --threads 2} too.
 */
class RunCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"quad_basic", "sram_demo"})
    void pipelineSpecsReproduceTheReference(String name) throws IOException {
        External.assumePython();
        for (String threads : List.of("1", "2")) {
            // The committed spec runs as it is (its worker.py beside it); a copy runs from anywhere.
            Path spec = threads.equals("1") ? SpecFixtures.spec(name) : SpecFixtures.rewritten(name, dir);
            Path result = dir.resolve(name + threads + ".result.json");
            Path audit = dir.resolve(name + threads + ".audit.json");
            Cli.Run r = Cli.run("run", spec.toString(), "--out", result.toString(), "--audit", audit.toString(),
                    "--threads", threads, "--quiet");
            JsonNode want = Fixtures.json("reference/" + name + "/result.json");
            assertThat(r.code()).as(r.err()).isEqualTo("PASS".equals(want.get("status").asText()) ? 0 : 1);
            assertThat(r.out()).contains("status        : " + want.get("status").asText());
            ObjectNode w = want.deepCopy();
            w.remove("elapsed_seconds");
            w.remove("config");
            JsonAssert.stripWallTimes(w);
            JsonAssert.equivalent(w, Json.parse(result), name + ".result");
            assertAuditMatches(Fixtures.json("reference/" + name + "/audit.json"), audit, name);
            assertThat(Cli.run("verify", audit.toString()).code()).isZero();
        }
    }

    @Test
    void iterativeSpecReproducesTheReference() throws IOException {
        External.assumePython();
        Path spec = SpecFixtures.rewritten("quad_iterative", dir);
        Path result = dir.resolve("it.result.json");
        Cli.Run r = Cli.run("run", spec.toString(), "--out", result.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode want = Fixtures.json("reference/quad_iterative/result.json");
        @SuppressWarnings("unchecked")
        Map<String, Object> ours = (Map<String, Object>) Json.parse(result);
        for (String key : List.of("final_status", "stop_reason", "locked_in_order", "fitness_trajectory",
                "round_best_fitness", "final_baseline", "holdout_result", "advisory_messages")) {
            JsonAssert.equivalent(want.get(key), ours.get(key), key);
        }
    }

    @Test
    void resumeReusesTheRecordsOfAnInterruptedRun() throws IOException {
        External.assumePython();
        Path spec = SpecFixtures.rewritten("quad_basic", dir);
        Path trail = dir.resolve("trail.jsonl");
        Path full = dir.resolve("full.json");
        assertThat(Cli.run("run", spec.toString(), "--trail", trail.toString(), "--out", full.toString(),
                "--quiet").code()).isZero();
        // Cut the trail in the middle of a line, as a killed process leaves it.
        byte[] bytes = Files.readAllBytes(trail);
        Files.write(trail, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        Path resumed = dir.resolve("resumed.json");
        Cli.Run r = Cli.run("run", spec.toString(), "--trail", trail.toString(), "--resume", "--out",
                resumed.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("resuming: ");
        assertThat(Cli.run("verify", trail.toString()).code()).isZero();
        Map<?, ?> a = (Map<?, ?>) Json.parse(full);
        Map<?, ?> b = (Map<?, ?>) Json.parse(resumed);
        for (String key : List.of("status", "stress_results", "top_k", "grid_best", "walk_forward", "holdout_result")) {
            assertThat(withoutWallTimes(b.get(key))).as(key).isEqualTo(withoutWallTimes(a.get(key)));
        }
    }

    @Test
    void tpeRunsThroughTheSamePipeline() throws IOException {
        Path spec = dir.resolve("tpe.yaml");
        Files.writeString(spec, "targets:\n  train: {builtin: quad12}\n  test: {builtin: quad12}\n"
                + "search: {method: tpe, trials: 40, seed: 3}\n");
        Path result = dir.resolve("tpe.json");
        Cli.Run r = Cli.run("run", spec.toString(), "--out", result.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        assertThat(r.out()).contains("candidates    : 40 (tpe)").contains("KC-4");
        assertThat(((Map<?, ?>) Json.parse(result)).get("search_method")).isEqualTo("tpe");
    }

    @Test
    void evidenceGatesAreDeclaredInTheSpec() throws IOException {
        Path spec = dir.resolve("ev.yaml");
        Files.writeString(spec, "targets:\n  train: {builtin: quad12}\n  test: {builtin: quad12}\n"
                + "walk_forward_top_n: 20\ntransfer_test: spearman\ntransfer_alpha: 0.01\nwinner_rank: true\n");
        Cli.Run r = Cli.run("run", spec.toString(), "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("WINNER-RANK").contains("spearman=").contains("alpha=0.01");
        Files.writeString(spec, "targets:\n  train: {builtin: quad12}\ntransfer_test: pearsonish\n");
        Cli.Run bad = Cli.run("run", spec.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("transfer_test");
        Files.writeString(spec, "targets:\n  train: {builtin: quad12}\npbo: {max: 2}\n");
        assertThat(Cli.run("run", spec.toString()).err()).contains("pbo.max must be in [0, 1]");
    }

    @Test
    void theTransferSampleAdvisesOrDecides() throws IOException {
        Path spec = dir.resolve("sample.yaml");
        Path result = dir.resolve("r.json");
        Files.writeString(spec, "targets:\n  train: {builtin: quad12}\n  test: {builtin: quad12}\n"
                + "transfer_sample: {size: 8, band: 0.5}\n");
        Cli.Run advised = Cli.run("run", spec.toString(), "--quiet", "--out", result.toString());
        assertThat(advised.code()).as(advised.err()).isIn(0, 1);
        assertThat(advised.out()).contains("KC-4-SAMPLE ADVISORY").contains("sampled on test");
        Map<?, ?> r = (Map<?, ?>) Json.parse(result);
        assertThat(((Map<?, ?>) ((Map<?, ?>) r.get("walk_forward")).get("sample")).get("ranks")).asList().hasSize(8);
        assertThat(r.get("advisories")).isNotNull();
        Files.writeString(spec, "targets:\n  train: {builtin: quad12}\n  test: {builtin: quad12}\n"
                + "transfer_test: sample\n");
        Cli.Run decided = Cli.run("run", spec.toString(), "--quiet");
        assertThat(decided.out()).contains("over the top 10 and 10 sampled").doesNotContain("KC-4-SAMPLE");
    }

    @Test
    void outputsThatCannotBeWrittenAreExitTwoNamingTheFile() throws IOException {
        Path spec = dir.resolve("out.yaml");
        Files.writeString(spec, "targets:\n  train: {builtin: quad12}\n  test: {builtin: quad12}\n"
                + "constraints: [{name: c, expr: 'params.p0 <= 1.0'}]\n");
        Path nowhere = dir.resolve("no-such-dir");
        Path audit = dir.resolve("audit.json");
        Path result = dir.resolve("result.json");
        Cli.Run badAudit = Cli.run("run", spec.toString(), "--quiet", "--audit", nowhere.resolve("a.json").toString(),
                "--out", result.toString());
        assertThat(badAudit.code()).isEqualTo(2);
        assertThat(badAudit.err()).contains(nowhere.resolve("a.json") + ": cannot write").doesNotContain("at io.omegalock");
        Cli.Run badResult = Cli.run("run", spec.toString(), "--quiet", "--audit", audit.toString(),
                "--out", nowhere.resolve("r.json").toString());
        assertThat(badResult.code()).isEqualTo(2);
        assertThat(badResult.err()).contains(nowhere.resolve("r.json") + ": cannot write").doesNotContain("at io.omegalock");
        // Both written, at the same time: the report is the one its own trail's chain verifies.
        Cli.Run ok = Cli.run("run", spec.toString(), "--quiet", "--audit", audit.toString(), "--out", result.toString());
        assertThat(ok.code()).as(ok.err()).isIn(0, 1);
        assertThat(ok.out()).contains("wrote " + audit + "\nwrote " + result);
        assertThat(AuditReport.read(audit).verifyStoredChain().ok()).isTrue();
        String status = ok.out().lines().filter(l -> l.startsWith("status")).findFirst().orElseThrow().split(":", 2)[1];
        assertThat(((Map<?, ?>) Json.parse(result)).get("status")).isEqualTo(status.trim());
    }

    @Test
    void badSpecIsExitTwoWithThePath() throws IOException {
        Path spec = dir.resolve("bad.yaml");
        Files.writeString(spec, "space:\n  - {name: x, type: float, low: 1, high: 0, neutral: 0}\n"
                + "targets:\n  train: {builtin: sram}\n");
        Cli.Run r = Cli.run("run", spec.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.yaml").doesNotContain("at io.omegalock");
        assertThat(Cli.run("run", dir.resolve("missing.yaml").toString()).code()).isEqualTo(2);
        assertThat(Cli.run("run", spec.toString(), "--resume").code()).isEqualTo(2);
    }

    @Test
    void constraintThatDoesNotCompileStopsTheRunBeforeAnyRequestAndKeepsTheTrail() throws IOException {
        External.assumePython();
        // The workers start while constraints compile; this one logs every request it receives.
        Files.writeString(dir.resolve("logging_worker.py"), "import sys\n"
                + "for line in sys.stdin:\n"
                + "    open('requests.log', 'a').write(line)\n"
                + "    print('{\"id\": 0, \"fitness\": 0.0}', flush=True)\n");
        Path spec = dir.resolve("bad_cel.yaml");
        Files.writeString(spec, "space:\n  - {name: x, type: float, low: 0, high: 1, neutral: 0.5}\n"
                + "targets:\n  train: {command: [python3, logging_worker.py]}\n"
                + "constraints: [{name: capped, expr: \"params.x <=\"}]\n");
        Path trail = dir.resolve("trail.jsonl");
        Files.writeString(trail, "an interrupted run's trail\n");
        Cli.Run r = Cli.run("run", spec.toString(), "--trail", trail.toString(), "--resume", "--quiet");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("bad_cel.yaml").contains("constraint 'capped' does not compile")
                .doesNotContain("at io.omegalock");
        assertThat(Files.readString(trail)).isEqualTo("an interrupted run's trail\n");
        assertThat(dir.resolve("trail.jsonl.resumed-from")).doesNotExist();
        assertThat(dir.resolve("requests.log")).doesNotExist();
    }

    private static Object withoutWallTimes(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, x) -> {
                if (!"wall_s".equals(k)) {
                    out.put(k, withoutWallTimes(x));
                }
            });
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(RunCommandTest::withoutWallTimes).toList();
        }
        return v;
    }

    private static void assertAuditMatches(JsonNode want, Path audit, String name) {
        Map<?, ?> ours = (Map<?, ?>) Json.parse(audit);
        List<?> runs = (List<?>) ours.get("runs");
        assertThat(runs).hasSize(want.get("runs").size());
        for (int i = 0; i < runs.size(); i++) {
            ObjectNode w = want.get("runs").get(i).deepCopy();
            w.remove("timestamp_iso");
            JsonAssert.equivalent(w, runs.get(i), name + ".runs[" + i + "]");
        }
        JsonAssert.equivalent(want.get("summary"), ours.get("summary"), name + ".summary");
    }
}
