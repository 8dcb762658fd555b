package io.omegalock.optuna;

import static org.assertj.core.api.Assertions.assertThat;

import io.omegalock.json.Json;
import io.omegalock.testing.External;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interop with a live Optuna (Debian's python3-optuna, installed by .ci/run): fresh studies
 * written by Optuna itself, to SQLite and to a journal file, with every distribution kind,
 * odd categorical choices (None, a bool, an int), user attributes, the constraints system
 * attribute, and pruned and failed trials, read back to exactly the trials Optuna reports.
 */
class OptunaInteropTest {
    private static final String PYTHON = External.SYSTEM_PYTHON;

    @TempDir
    Path dir;

    @Test
    void freshStudiesReadBackAsOptunaReportsThem() throws Exception {
        External.assumeOptuna();
        Path script = Path.of("src", "test", "resources", "interop", "make_studies.py").toAbsolutePath();
        Process p = new ProcessBuilder(PYTHON, script.toString(), dir.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();

        try (SqliteStudyReader reader = SqliteStudyReader.open("sqlite:///" + dir.resolve("interop.db"))) {
            assertSame(reader.read("interop_sqlite"), dir.resolve("interop_sqlite.trials.json"));
        }
        try (JournalStudyReader reader = JournalStudyReader.open(dir.resolve("interop.log"))) {
            assertSame(reader.read("interop_journal"), dir.resolve("interop_journal.trials.json"));
        }
    }

    /**
     * A study Optuna writes to a live database server, read through the JDBC path. The servers
     * come from {@code OMEGALOCK_TEST_POSTGRES} and {@code OMEGALOCK_TEST_MYSQL} (Optuna storage
     * URLs, e.g. {@code mysql+pymysql://user:pw@127.0.0.1:3306/db}): {@code .ci/run} starts
     * Debian's PostgreSQL and MariaDB and sets them (and says so in its output); a case whose
     * variable is unset is skipped (fails under {@code CI=true}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"OMEGALOCK_TEST_POSTGRES", "OMEGALOCK_TEST_MYSQL"})
    void aStudyInADatabaseServerReadsBackAsOptunaReportsIt(String variable) throws Exception {
        External.assumeOptuna();
        String url = External.assumeServer(variable);
        Path script = Path.of("src", "test", "resources", "interop", "make_studies.py").toAbsolutePath();
        Process p = new ProcessBuilder(PYTHON, script.toString(), dir.toString(), url).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        try (StudyReader reader = StudyReaders.open(url)) {
            assertSame(reader.read("interop_rdb"), dir.resolve("interop_rdb.trials.json"));
        }
    }

    @SuppressWarnings("unchecked")
    private static void assertSame(Study study, Path dump) {
        Map<String, Object> want = (Map<String, Object>) Json.parse(dump);
        List<Object> trials = (List<Object>) want.get("trials");
        assertThat(study.trials()).hasSize(trials.size());
        assertThat(study.info().directions().stream().map(Enum::name).toList()).isEqualTo(want.get("directions"));
        for (int i = 0; i < trials.size(); i++) {
            Map<String, Object> t = (Map<String, Object>) trials.get(i);
            Trial ours = study.trials().get(i);
            String where = study.info().name() + " trial " + i;
            assertThat(ours.number()).as(where).isEqualTo(((Number) t.get("number")).intValue());
            assertThat(ours.state().name()).as(where).isEqualTo(t.get("state"));
            assertThat(ours.params()).as(where + " params").isEqualTo(t.get("params"));
            List<Double> values = new ArrayList<>();
            if (t.get("values") != null) {
                for (Object v : (List<Object>) t.get("values")) {
                    values.add(((Number) v).doubleValue());
                }
            }
            assertThat(ours.values()).as(where + " values").isEqualTo(values);
            assertThat(ours.userAttrs()).as(where + " user attrs").isEqualTo(t.get("user_attrs"));
            assertThat(ours.systemAttrs()).as(where + " system attrs").isEqualTo(t.get("system_attrs"));
        }
    }
}
