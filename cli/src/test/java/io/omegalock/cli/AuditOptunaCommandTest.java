package io.omegalock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.json.Json;
import io.omegalock.json.JsonWriter;
import io.omegalock.optuna.Study;
import io.omegalock.optuna.StudyReader;
import io.omegalock.optuna.StudyReaders;
import io.omegalock.optuna.Trial;
import io.omegalock.testing.External;
import io.omegalock.testing.Fixtures;
import io.omegalock.testing.JUnitXmlSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code omega-lock audit-optuna} over the fixture studies: verdicts, exit codes and bad input. */
class AuditOptunaCommandTest {
    @TempDir
    Path dir;

    private static Path optuna() {
        return Fixtures.root().resolve("optuna");
    }

    @ParameterizedTest
    @CsvSource({"maximize_user_attrs, 0.4", "maximize_user_attrs, 1.5", "minimize_constraints, 0.4",
            "minimize_constraints, 1.5"})
    void scoresFileAuditsMatchTheExpectedVerdicts(String study, String shift) {
        Path o = optuna();
        Map<?, ?> want = (Map<?, ?>) Json.parse(o.resolve("expected/" + study + ".shift" + shift + ".expected.json"));
        Path json = dir.resolve("audit.json");
        Path junit = dir.resolve("junit.xml");
        Cli.Run r = Cli.run("audit-optuna", "--storage", "sqlite:///" + o.resolve(study + ".db").toAbsolutePath(),
                "--study", study, "--holdout-scores", o.resolve("expected/" + study + ".shift" + shift
                        + ".holdout_scores.json").toString(), "--json", json.toString(), "--junit-xml", junit.toString());
        boolean passed = (Boolean) want.get("passed");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(passed ? 0 : 1);
        assertThat(JUnitXmlSchema.validate(junit).getElementsByTagName("failure").getLength()).isEqualTo(passed ? 0 : 1);
        Map<?, ?> ours = (Map<?, ?>) Json.parse(json);
        assertThat(ours.get("passed")).isEqualTo(passed);
        assertThat(ours.get("schema_version")).isEqualTo("omega-lock.study-audit.v1");
        Map<?, ?> gated = (Map<?, ?>) want.get("gated_best");
        Map<?, ?> oursGated = (Map<?, ?>) ours.get("gated_best");
        assertThat(oursGated == null ? null : oursGated.get("number")).isEqualTo(gated == null ? null
                : gated.get("number"));
    }

    /**
     * The same audits from a live database server: Optuna copies the fixture study into it
     * (PostgreSQL through the bundled driver, MariaDB through MySQL Connector/J, the driver a
     * user puts on {@code OMEGA_LOCK_CLASSPATH}) and the verdicts must be the SQLite file's.
     * The servers come from {@code OMEGALOCK_TEST_POSTGRES} / {@code OMEGALOCK_TEST_MYSQL}
     * (Optuna storage URLs), which {@code .ci/run} sets; a case whose variable is unset is skipped (fails under {@code CI=true}).
     */
    @ParameterizedTest
    @CsvSource({"OMEGALOCK_TEST_POSTGRES, 0.4", "OMEGALOCK_TEST_POSTGRES, 1.5", "OMEGALOCK_TEST_MYSQL, 0.4",
            "OMEGALOCK_TEST_MYSQL, 1.5"})
    void aStudyInADatabaseServerAuditsLikeTheSqliteFile(String variable, String shift) throws Exception {
        External.assumeOptuna();
        String url = External.assumeServer(variable);
        Path o = optuna();
        String study = "minimize_constraints";
        Path local = dir.resolve("copy.db");
        Files.copy(o.resolve(study + ".db"), local);
        String name = "cli_" + study;
        Process p = new ProcessBuilder(External.SYSTEM_PYTHON, "-c", String.join("\n",
                "import sys, optuna",
                "optuna.logging.set_verbosity(optuna.logging.WARNING)",
                "try:",
                "    optuna.delete_study(study_name=sys.argv[3], storage=sys.argv[2])",
                "except KeyError:",
                "    pass",
                "optuna.copy_study(from_study_name='" + study + "', from_storage='sqlite:///' + sys.argv[1],"
                        + " to_storage=sys.argv[2], to_study_name=sys.argv[3])"),
                local.toAbsolutePath().toString(), url, name).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();

        Path scores = o.resolve("expected/" + study + ".shift" + shift + ".holdout_scores.json");
        Path fromFile = dir.resolve("file.json");
        Path fromServer = dir.resolve("server.json");
        Cli.Run a = Cli.run("audit-optuna", "--storage", local.toString(), "--study", study, "--holdout-scores",
                scores.toString(), "--json", fromFile.toString());
        Cli.Run b = Cli.run("audit-optuna", "--storage", url, "--study", name, "--holdout-scores", scores.toString(),
                "--json", fromServer.toString());
        assertThat(b.code()).as(b.out() + b.err()).isEqualTo(a.code());
        assertThat(b.out()).doesNotContain(":omegalock@");
        assertThat(String.valueOf(((Map<?, ?>) Json.parse(fromServer)).get("source"))).contains(":***@")
                .doesNotContain(":omegalock@");
        Map<?, ?> want = (Map<?, ?>) Json.parse(o.resolve("expected/" + study + ".shift" + shift + ".expected.json"));
        Map<?, ?> ours = (Map<?, ?>) Json.parse(fromServer);
        assertThat(ours.get("passed")).isEqualTo(want.get("passed"));
        for (String key : new String[] {"passed", "kc_report", "pearson", "best_any", "best_feasible", "gated_best",
                "candidates", "feasibility_source", "n_trials_total", "n_trials_completed"}) {
            // Maps compare by content: params come in each storage's row order.
            assertThat(ours.get(key)).as(key).isEqualTo(((Map<?, ?>) Json.parse(fromFile)).get(key));
        }
    }

    @Test
    void holdoutCommandScoresLikeTheSameScoresFile() throws IOException {
        External.assumePython();
        Path db = optuna().resolve("minimize_constraints.db");
        // The same formula as the worker, written as a scores file: both paths must agree.
        Map<String, Object> scores = new LinkedHashMap<>();
        try (StudyReader reader = StudyReaders.open(db.toString())) {
            Study s = reader.readSingleStudy();
            for (Trial t : s.trials()) {
                double x = ((Number) t.params().get("x")).doubleValue();
                long n = ((Number) t.params().get("n")).longValue();
                scores.put(Integer.toString(t.number()), (x - 0.3) * (x - 0.3) + 0.1 * n);
            }
        }
        Path file = dir.resolve("scores.json");
        Files.writeString(file, JsonWriter.toString(scores, false));
        Path worker = Path.of("src/test/resources/workers/optuna_holdout.py").toAbsolutePath();
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Cli.Run viaWorker = Cli.run("audit-optuna", "--storage", db.toString(), "--holdout-cmd", "python3",
                worker.toString(), "--json", a.toString());
        Cli.Run viaFile = Cli.run("audit-optuna", "--storage", db.toString(), "--holdout-scores", file.toString(),
                "--json", b.toString());
        assertThat(viaWorker.code()).as(viaWorker.err()).isEqualTo(viaFile.code());
        Map<?, ?> x = (Map<?, ?>) Json.parse(a);
        Map<?, ?> y = (Map<?, ?>) Json.parse(b);
        assertThat(x.get("holdout_evaluated")).isEqualTo(true);
        assertThat(x.get("pearson")).isEqualTo(y.get("pearson"));
        assertThat(x.get("candidates")).isEqualTo(y.get("candidates"));
    }

    @Test
    void theSampleIsScoredFromTheScoresFileAndAdvisesOrDecides() throws IOException {
        Path db = optuna().resolve("minimize_constraints.db");
        Map<String, Object> scores = new LinkedHashMap<>();
        try (StudyReader reader = StudyReaders.open(db.toString())) {
            for (Trial t : reader.readSingleStudy().trials()) {
                if (!t.values().isEmpty()) {
                    scores.put(Integer.toString(t.number()), t.values().get(0)); // perfect transfer
                }
            }
        }
        Path file = dir.resolve("scores.json");
        Files.writeString(file, JsonWriter.toString(scores, false));
        Path json = dir.resolve("audit.json");
        Cli.Run advised = Cli.run("audit-optuna", "--storage", db.toString(), "--holdout-scores", file.toString(),
                "--sample", "--sample-size", "6", "--json", json.toString());
        assertThat(advised.code()).as(advised.err()).isZero();
        assertThat(advised.out()).contains("sample        : 6 trials at train ranks").contains("KC-4-SAMPLE ADVISORY "
                + "would PASS");
        Map<?, ?> sample = (Map<?, ?>) ((Map<?, ?>) Json.parse(json)).get("transfer_sample");
        assertThat((List<?>) sample.get("candidates")).hasSize(6);
        Cli.Run decided = Cli.run("audit-optuna", "--storage", db.toString(), "--holdout-scores", file.toString(),
                "--test", "sample", "--sample-band", "0.5");
        assertThat(decided.code()).as(decided.err()).isZero();
        assertThat(decided.out()).contains("KC-4 PASS PASS: spearman=");
        Cli.Run loose = Cli.run("audit-optuna", "--storage", db.toString(), "--holdout-scores", file.toString(),
                "--sample-size", "6");
        assertThat(loose.code()).isEqualTo(2);
        assertThat(loose.err()).contains("need --sample or --test sample");
        Cli.Run band = Cli.run("audit-optuna", "--storage", db.toString(), "--holdout-scores", file.toString(),
                "--sample", "--sample-band", "2");
        assertThat(band.code()).isEqualTo(2);
        assertThat(band.err()).contains("transfer_sample.band must be in (0, 1]");
    }

    @Test
    void withoutAScorerTheGateIsSkippedLoudly() {
        Path junit = dir.resolve("junit.xml");
        Cli.Run r = Cli.run("audit-optuna", "--storage", optuna().resolve("journal_study.log").toString(),
                "--junit-xml", junit.toString());
        assertThat(r.code()).isZero();
        assertThat(((org.w3c.dom.Element) JUnitXmlSchema.validate(junit).getElementsByTagName("skipped").item(0))
                .getAttribute("message")).startsWith("SKIP: no holdout scorer was given");
        assertThat(r.out()).contains("SKIP (no holdout scorer)");
        assertThat(r.err()).contains("WARNING").contains("SKIPPED");
    }

    @Test
    void badInputIsExitTwo() throws IOException {
        Path o = optuna();
        Cli.Run unknown = Cli.run("audit-optuna", "--storage", o.resolve("minimize_constraints.db").toString(),
                "--study", "nope");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("minimize_constraints");
        Cli.Run multi = Cli.run("audit-optuna", "--storage", o.resolve("two_objectives.db").toString());
        assertThat(multi.code()).isEqualTo(2);
        assertThat(multi.err()).contains("objective");
        assertThat(Cli.run("audit-optuna", "--storage", o.resolve("two_objectives.db").toString(), "--objective",
                "0").code()).isZero();
        Path notADb = dir.resolve("x.db");
        Files.writeString(notADb, "hello");
        Cli.Run junk = Cli.run("audit-optuna", "--storage", notADb.toString());
        assertThat(junk.code()).isEqualTo(2);
        assertThat(junk.err()).contains("x.db").doesNotContain("at io.omegalock");
        // MariaDB's driver is neither bundled nor on the test class path.
        Cli.Run noDriver = Cli.run("audit-optuna", "--storage", "mariadb://optuna:s3cret@db.example/studies");
        assertThat(noDriver.code()).isEqualTo(2);
        assertThat(noDriver.err()).contains("no JDBC driver for 'mariadb'").contains("org.mariadb.jdbc:mariadb-java-client")
                .contains("OMEGA_LOCK_CLASSPATH").doesNotContain("s3cret").doesNotContain("at io.omegalock");
    }
}
