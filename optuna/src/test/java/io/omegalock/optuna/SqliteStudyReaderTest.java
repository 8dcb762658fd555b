package io.omegalock.optuna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omegalock.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqliteStudyReaderTest {

    static Stream<String> everyStudyMatchesWhatOptunaReports() {
        return Stream.of("maximize_user_attrs", "minimize_constraints", "two_objectives");
    }

    /** Oracle: expected/STUDY.trials.json, every trial as Optuna 3.1.0 reports it. */
    @ParameterizedTest
    @MethodSource
    void everyStudyMatchesWhatOptunaReports(String name) {
        Path db = OptunaFixtures.file(name + ".db");
        try (SqliteStudyReader reader = SqliteStudyReader.open(db)) {
            Study study = reader.read(name);
            List<Trial> expected = OptunaFixtures.expectedTrials(name);
            assertThat(study.trials()).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(study.trials().get(i)).as("trial %d of %s", i, name).isEqualTo(expected.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Object> dirs = (List<Object>) OptunaFixtures.expected(name + ".trials.json").get("directions");
            assertThat(study.info().directions().stream().map(Enum::name).toList()).isEqualTo(dirs);
            assertThat(study.info().name()).isEqualTo(name);
        }
    }

    @Test
    void decodesParamsByTheirDistribution() {
        try (SqliteStudyReader reader = SqliteStudyReader.open(OptunaFixtures.file("maximize_user_attrs.db"))) {
            Trial t = reader.read("maximize_user_attrs").trials().get(0);
            assertThat(t.params().get("x")).isInstanceOf(Double.class);
            assertThat(t.params().get("n")).isEqualTo(1L);
            assertThat(t.params().get("mode")).isEqualTo("b"); // stored as the index 1.0
            assertThat(t.params().get("step")).isEqualTo(0.0);
            assertThat(t.userAttrs()).containsEntry("feasible", true).containsEntry("note", "trial 0");
        }
    }

    @Test
    void reportsTheSchemaRevisionAndTheOptunaVersion() {
        try (SqliteStudyReader reader = SqliteStudyReader.open(OptunaFixtures.file("minimize_constraints.db"))) {
            assertThat(reader.schemaRevision()).isEqualTo("v3.0.0.d");
            assertThat(reader.libraryVersion()).isEqualTo("3.1.0");
            assertThat(reader.studyNames()).containsExactly("minimize_constraints");
            assertThat(reader.readSingleStudy().source()).contains("minimize_constraints.db", "v3.0.0.d", "3.1.0");
        }
    }

    @Test
    void acceptsSqlAlchemyUrlsAndPlainPaths() {
        Path db = OptunaFixtures.file("minimize_constraints.db").toAbsolutePath();
        for (String storage : List.of("sqlite:///" + db, db.toString(), "jdbc:sqlite:" + db)) {
            try (StudyReader reader = StudyReaders.open(storage)) {
                assertThat(reader.read("minimize_constraints").trials()).as(storage).hasSize(50);
            }
        }
    }

    @Test
    void neverWritesToTheDatabase(@TempDir Path tmp) throws Exception {
        Path db = Files.copy(OptunaFixtures.file("maximize_user_attrs.db"), tmp.resolve("s.db"));
        byte[] before = sha256(db);
        try (SqliteStudyReader reader = SqliteStudyReader.open("sqlite:///" + db)) {
            reader.read("maximize_user_attrs");
            reader.read("maximize_user_attrs");
        }
        assertThat(sha256(db)).isEqualTo(before);
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("s.db");
        }
    }

    @Test
    void anOpenReaderDoesNotLockOutOptunaWritingALiveStudy(@TempDir Path tmp) throws Exception {
        Path db = Files.copy(OptunaFixtures.file("minimize_constraints.db"), tmp.resolve("live.db"));
        try (SqliteStudyReader reader = SqliteStudyReader.open(db)) {
            addRunningTrial(db, 50);
            assertThat(reader.studyNames()).hasSize(1);
            addRunningTrial(db, 51);
            assertThat(reader.read("minimize_constraints").trials()).hasSize(52);
            addRunningTrial(db, 52);
            List<Trial> again = reader.read("minimize_constraints").trials();
            assertThat(again).hasSize(53);
            assertThat(again.get(52).state()).isEqualTo(TrialState.RUNNING);
        }
    }

    /** Writes as Optuna would; fails after 200 ms when the reader still holds a read lock. */
    private static void addRunningTrial(Path db, int number) throws SQLException {
        try (Connection w = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = w.createStatement()) {
            s.execute("PRAGMA busy_timeout = 200");
            s.executeUpdate("INSERT INTO trials (number, study_id, state) VALUES (" + number + ", 1, 'RUNNING')");
        }
    }

    @Test
    void unknownStudyNameListsTheStudiesFound() {
        try (SqliteStudyReader reader = SqliteStudyReader.open(OptunaFixtures.file("two_objectives.db"))) {
            assertThatThrownBy(() -> reader.read("nope"))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("no study named 'nope'")
                    .hasMessageContaining("studies found: two_objectives");
        }
    }

    @Test
    void refusesAFileThatIsNotSqlite() {
        Path json = OptunaFixtures.file("expected/two_objectives.trials.json");
        assertThatThrownBy(() -> SqliteStudyReader.open(json))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(json.toString())
                .hasMessageContaining("is not an Optuna SQLite database");
    }

    @Test
    void refusesAnSqliteDatabaseThatIsNotOptunas(@TempDir Path tmp) throws SQLException {
        Path db = tmp.resolve("other.db");
        exec(db, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
        assertThatThrownBy(() -> SqliteStudyReader.open(db))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(db.toString())
                .hasMessageContaining("is not an Optuna database")
                .hasMessageContaining("customers");
    }

    @Test
    void refusesAMissingFileWithoutCreatingIt(@TempDir Path tmp) {
        Path db = tmp.resolve("missing.db");
        assertThatThrownBy(() -> SqliteStudyReader.open("sqlite:///" + db))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("not found")
                .hasMessageContaining("missing.db");
        assertThat(db).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2.6.0.a", "v3.4.0.a", "v9.0.0.z"})
    void refusesAnotherSchemaRevisionNamingIt(String revision, @TempDir Path tmp) throws Exception {
        Path db = Files.copy(OptunaFixtures.file("minimize_constraints.db"), tmp.resolve("s.db"));
        exec(db, "UPDATE alembic_version SET version_num = '" + revision + "'");
        assertThatThrownBy(() -> SqliteStudyReader.open(db))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("schema revision " + revision)
                .hasMessageContaining("v3.0.0.d")
                .hasMessageContaining("Optuna 3.1.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"v3.0.0.a", "v3.0.0.b", "v3.0.0.c", "v3.2.0.a"})
    void acceptsTheOtherRevisionsOptuna3To5Write(String revision, @TempDir Path tmp) throws Exception {
        Path db = Files.copy(OptunaFixtures.file("minimize_constraints.db"), tmp.resolve("s.db"));
        exec(db, "UPDATE alembic_version SET version_num = '" + revision + "'");
        if (revision.compareTo("v3.0.0.d") < 0) {
            // Before v3.0.0.d a value was stored as it is, with no value_type column.
            exec(db, "ALTER TABLE trial_values DROP COLUMN value_type");
        }
        if (revision.compareTo("v3.0.0.c") < 0) {
            exec(db, "ALTER TABLE trial_intermediate_values DROP COLUMN intermediate_value_type");
        }
        try (SqliteStudyReader reader = SqliteStudyReader.open(db)) {
            assertThat(reader.schemaRevision()).isEqualTo(revision);
            assertThat(reader.read("minimize_constraints").trials())
                    .isEqualTo(OptunaFixtures.expectedTrials("minimize_constraints"));
        }
    }

    @Test
    void readsInfiniteValuesAndIntermediateValues(@TempDir Path tmp) throws Exception {
        Path db = Files.copy(OptunaFixtures.file("minimize_constraints.db"), tmp.resolve("s.db"));
        exec(db, "UPDATE trial_values SET value = NULL, value_type = 'INF_POS' WHERE trial_id = 1");
        exec(db, "UPDATE trial_values SET value = NULL, value_type = 'INF_NEG' WHERE trial_id = 2");
        exec(db, "INSERT INTO trial_intermediate_values (trial_id, step, intermediate_value, intermediate_value_type) "
                + "VALUES (1, 0, 0.5, 'FINITE'), (1, 1, NULL, 'NAN'), (1, 2, NULL, 'INF_NEG')");
        exec(db, "INSERT INTO trial_user_attributes (trial_id, key, value_json) VALUES (1, 'loss', 'NaN'), "
                + "(1, 'peak', '[Infinity, -Infinity]')");
        try (SqliteStudyReader reader = SqliteStudyReader.open(db)) {
            List<Trial> trials = reader.read("minimize_constraints").trials();
            assertThat(trials.get(0).values()).containsExactly(Double.POSITIVE_INFINITY);
            assertThat(trials.get(1).values()).containsExactly(Double.NEGATIVE_INFINITY);
            assertThat(trials.get(0).intermediateValues()).containsExactly(
                    java.util.Map.entry(0L, 0.5), java.util.Map.entry(1L, Double.NaN),
                    java.util.Map.entry(2L, Double.NEGATIVE_INFINITY));
            assertThat((Double) trials.get(0).userAttrs().get("loss")).isNaN();
            assertThat(trials.get(0).userAttrs().get("peak"))
                    .isEqualTo(List.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        }
    }

    @Test
    void decodesEachRowOnItsOwnWhenAParamsDistributionsDisagree(@TempDir Path tmp) throws Exception {
        Path db = Files.copy(OptunaFixtures.file("minimize_constraints.db"), tmp.resolve("s.db"));
        // Not something Optuna writes (it refuses a second distribution class for a name), but readable.
        exec(db, "UPDATE trial_params SET distribution_json = '{\"name\": \"IntDistribution\", \"attributes\": "
                + "{\"log\": false, \"step\": 1, \"low\": -3, \"high\": 3}}', param_value = 2.0 "
                + "WHERE trial_id = 1 AND param_name = 'x'");
        // Bounds that differ between trials do not change how a value decodes.
        exec(db, "UPDATE trial_params SET distribution_json = replace(distribution_json, '\"high\": 8', "
                + "'\"high\": 9') WHERE trial_id = 2 AND param_name = 'n'");
        try (SqliteStudyReader reader = SqliteStudyReader.open(db)) {
            List<Trial> trials = reader.read("minimize_constraints").trials();
            List<Trial> expected = OptunaFixtures.expectedTrials("minimize_constraints");
            assertThat(trials.get(0).params().get("x")).isEqualTo(2L);
            assertThat(trials.subList(1, 50)).isEqualTo(expected.subList(1, 50));
        }
    }

    @Test
    void attributeValuesReadAsPythonWouldLoadThem(@TempDir Path tmp) throws Exception {
        Path db = Files.copy(OptunaFixtures.file("minimize_constraints.db"), tmp.resolve("s.db"));
        exec(db, "DELETE FROM trial_user_attributes WHERE trial_id = 1");
        exec(db, "INSERT INTO trial_user_attributes (trial_id, key, value_json) VALUES "
                + "(1, 'a', '\"plain\"'), (1, 'b', '\"tab\\there \\u00e9\"'), (1, 'c', '42'), (1, 'd', '-7'), "
                + "(1, 'e', '0.5'), (1, 'f', '123456789012345678901234'), (1, 'g', '-Infinity'), "
                + "(1, 'h', '{\"k\": [1, 2.0, null]}'), (1, 'i', 'null')");
        try (SqliteStudyReader reader = SqliteStudyReader.open(db)) {
            java.util.Map<String, Object> attrs = reader.read("minimize_constraints").trials().get(0).userAttrs();
            assertThat(attrs.get("a")).isEqualTo("plain");
            assertThat(attrs.get("b")).isEqualTo("tab\there \u00e9");
            assertThat(attrs.get("c")).isEqualTo(42L);
            assertThat(attrs.get("d")).isEqualTo(-7L);
            assertThat(attrs.get("e")).isEqualTo(0.5);
            assertThat(attrs.get("f")).isEqualTo(new java.math.BigInteger("123456789012345678901234"));
            assertThat(attrs.get("g")).isEqualTo(Double.NEGATIVE_INFINITY);
            assertThat(attrs.get("h")).isEqualTo(java.util.Map.of("k", java.util.Arrays.asList(1L, 2.0, null)));
            assertThat(attrs).containsEntry("i", null);
        }
        exec(db, "UPDATE trial_user_attributes SET value_json = '{oops' WHERE trial_id = 1 AND key = 'a'");
        try (SqliteStudyReader reader = SqliteStudyReader.open(db)) {
            assertThatThrownBy(() -> reader.read("minimize_constraints"))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("trial 0 user attr 'a'")
                    .hasMessageContaining("is not valid JSON");
        }
    }

    @Test
    void aServerUrlWithoutItsDriverSaysWhatToAddAndHidesThePassword() {
        // PostgreSQL's and MySQL's drivers are on the test class path (for the live interop test); MariaDB's is not.
        assertThatThrownBy(() -> SqliteStudyReader.open("mariadb+mariadbconnector://optuna:s3cret@db.example/studies"))
                .isInstanceOf(MissingDriverException.class)
                .hasMessageContaining("no JDBC driver for 'mariadb'")
                .hasMessageContaining("org.mariadb.jdbc:mariadb-java-client")
                .hasMessageContaining("mariadb+mariadbconnector://optuna:***@db.example/studies")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> StudyReaders.open("mssql://root@localhost/optuna"))
                .isInstanceOf(MissingDriverException.class)
                .hasMessageContaining("no JDBC driver for 'sqlserver'");
    }

    @Test
    void aServerThatCannotBeReachedIsNamedWithoutItsPassword() {
        // Port 1 on the loopback refuses at once; the driver is there, the server is not.
        assertThatThrownBy(() -> StudyReaders.open("mysql+pymysql://optuna:s3cret@127.0.0.1:1/studies"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("cannot connect to the Optuna storage mysql+pymysql://optuna:***@127.0.0.1:1/studies")
                .hasMessageNotContaining("s3cret");
    }

    static void exec(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static byte[] sha256(Path p) throws IOException, java.security.NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
    }
}
