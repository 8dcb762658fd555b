package io.omegalock.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Writes a large synthetic Optuna study straight in Optuna's own schema: the DDL is copied from
 * a database Optuna wrote ({@code sqlite_master} of a fixture), together with its
 * {@code alembic_version} and {@code version_info} rows, then trials, params, values, attrs and
 * intermediate values are inserted in batches. The study mirrors the {@code maximize_user_attrs}
 * fixture (x float, n int, mode categorical, lr float log, step float with step 0.25; user attrs
 * {@code feasible} and {@code note}) and adds Optuna's {@code constraints} system attribute and
 * three intermediate values per pruned trial. Seeded, so the same arguments give the same study.
 *
 * <p>Usage: {@code OptunaStudyGenerator TEMPLATE.db OUT.db [TRIALS] [SEED]}.
 */
public final class OptunaStudyGenerator {
    private static final String DIST_X = "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, "
            + "\"low\": -3.0, \"high\": 3.0, \"log\": false}}";
    private static final String DIST_N = "{\"name\": \"IntDistribution\", \"attributes\": {\"log\": false, "
            + "\"step\": 1, \"low\": 1, \"high\": 8}}";
    private static final String DIST_MODE = "{\"name\": \"CategoricalDistribution\", \"attributes\": "
            + "{\"choices\": [\"a\", \"b\", \"c\"]}}";
    private static final String DIST_LR = "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, "
            + "\"low\": 0.0001, \"high\": 0.1, \"log\": true}}";
    private static final String DIST_STEP = "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": 0.25, "
            + "\"low\": 0.0, \"high\": 1.0, \"log\": false}}";

    private OptunaStudyGenerator() {
    }

    /**
     * @param args template database, output database, trial count [5000], seed [42]
     * @throws Exception when a database cannot be read or written
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: OptunaStudyGenerator TEMPLATE.db OUT.db [TRIALS] [SEED]");
            System.exit(2);
        }
        int trials = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        generate(Path.of(args[0]), Path.of(args[1]), "synthetic", trials, seed);
        System.out.println("wrote " + trials + " trials to " + args[1]);
    }

    /**
     * @param template  an SQLite database written by Optuna (its schema is copied)
     * @param out       the database to create (replaced when it exists)
     * @param studyName the study name
     * @param trials    how many trials
     * @param seed      the random seed
     * @throws SQLException when a database fails
     * @throws IOException  when the output cannot be replaced
     */
    public static void generate(Path template, Path out, String studyName, int trials, long seed)
            throws SQLException, IOException {
        if (!Files.isRegularFile(template)) {
            throw new IOException("template Optuna database not found: " + template.toAbsolutePath());
        }
        List<String> ddl = new ArrayList<>();
        List<String> revisions = new ArrayList<>();
        Object[] versionInfo = null;
        try (Connection t = DriverManager.getConnection("jdbc:sqlite:file:" + template + "?mode=ro");
             Statement s = t.createStatement()) {
            // Creation order: every table comes before its indexes.
            try (ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")) {
                while (rs.next()) {
                    ddl.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT version_num FROM alembic_version")) {
                while (rs.next()) {
                    revisions.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT version_info_id, schema_version, library_version FROM version_info")) {
                if (rs.next()) {
                    versionInfo = new Object[] {rs.getInt(1), rs.getInt(2), rs.getString(3)};
                }
            }
        }
        Files.deleteIfExists(out);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out)) {
            try (Statement s = c.createStatement()) {
                for (String sql : ddl) {
                    s.executeUpdate(sql);
                }
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO alembic_version (version_num) VALUES (?)")) {
                for (String r : revisions) {
                    ps.setString(1, r);
                    ps.executeUpdate();
                }
            }
            if (versionInfo != null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO version_info (version_info_id, schema_version, library_version) VALUES (?, ?, ?)")) {
                    ps.setInt(1, (Integer) versionInfo[0]);
                    ps.setInt(2, (Integer) versionInfo[1]);
                    ps.setString(3, (String) versionInfo[2]);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO studies (study_id, study_name) VALUES (1, ?)")) {
                ps.setString(1, studyName);
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO study_directions (study_direction_id, direction, study_id, objective) "
                        + "VALUES (1, 'MAXIMIZE', 1, 0)");
            }
            insertTrials(c, trials, RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
            c.commit();
        }
    }

    private static void insertTrials(Connection c, int n, UniformRandomProvider rng) throws SQLException {
        try (PreparedStatement trial = c.prepareStatement("INSERT INTO trials (trial_id, number, study_id, state, "
                + "datetime_start, datetime_complete) VALUES (?, ?, 1, ?, ?, ?)");
             PreparedStatement param = c.prepareStatement("INSERT INTO trial_params (trial_id, param_name, "
                     + "param_value, distribution_json) VALUES (?, ?, ?, ?)");
             PreparedStatement value = c.prepareStatement("INSERT INTO trial_values (trial_id, objective, value, "
                     + "value_type) VALUES (?, 0, ?, 'FINITE')");
             PreparedStatement user = c.prepareStatement("INSERT INTO trial_user_attributes (trial_id, \"key\", "
                     + "value_json) VALUES (?, ?, ?)");
             PreparedStatement system = c.prepareStatement("INSERT INTO trial_system_attributes (trial_id, \"key\", "
                     + "value_json) VALUES (?, ?, ?)");
             PreparedStatement inter = c.prepareStatement("INSERT INTO trial_intermediate_values (trial_id, step, "
                     + "intermediate_value, intermediate_value_type) VALUES (?, ?, ?, 'FINITE')")) {
            for (int i = 0; i < n; i++) {
                int id = i + 1;
                double u = rng.nextDouble();
                String state = u < 0.90 ? "COMPLETE" : u < 0.96 ? "PRUNED" : "FAIL";
                String start = String.format(Locale.ROOT, "2026-11-28 01:%02d:%02d.%06d", (i / 60) % 60, i % 60, i);
                trial.setInt(1, id);
                trial.setInt(2, i);
                trial.setString(3, state);
                trial.setString(4, start);
                trial.setString(5, start);
                trial.addBatch();

                double x = -3 + 6 * rng.nextDouble();
                long nn = 1 + rng.nextInt(8);
                int mode = rng.nextInt(3);
                double lr = Math.exp(Math.log(1e-4) + rng.nextDouble() * (Math.log(0.1) - Math.log(1e-4)));
                double step = 0.25 * rng.nextInt(5);
                addParam(param, id, "x", x, DIST_X);
                addParam(param, id, "n", nn, DIST_N);
                addParam(param, id, "mode", mode, DIST_MODE);
                addParam(param, id, "lr", lr, DIST_LR);
                addParam(param, id, "step", step, DIST_STEP);

                double objective = -(x - 1) * (x - 1) - 0.1 * Math.abs(nn - 5) + (mode == 1 ? 0.5 : 0) + 2 * lr
                        - 0.1 * step;
                if (state.equals("COMPLETE")) {
                    value.setInt(1, id);
                    value.setDouble(2, objective);
                    value.addBatch();
                    addAttr(user, id, "feasible", x <= 0.9 ? "true" : "false");
                    addAttr(user, id, "note", "\"trial " + i + "\"");
                    addAttr(system, id, "constraints", "[" + (x - 0.8) + ", " + (nn - 6.0) + "]");
                } else if (state.equals("PRUNED")) {
                    for (int s = 0; s < 3; s++) {
                        inter.setInt(1, id);
                        inter.setInt(2, s);
                        inter.setDouble(3, objective - (3 - s) * 0.1);
                        inter.addBatch();
                    }
                }
            }
            trial.executeBatch();
            param.executeBatch();
            value.executeBatch();
            user.executeBatch();
            system.executeBatch();
            inter.executeBatch();
        }
    }

    private static void addParam(PreparedStatement ps, int id, String name, double internal, String dist)
            throws SQLException {
        ps.setInt(1, id);
        ps.setString(2, name);
        ps.setDouble(3, internal);
        ps.setString(4, dist);
        ps.addBatch();
    }

    private static void addAttr(PreparedStatement ps, int id, String key, String json) throws SQLException {
        ps.setInt(1, id);
        ps.setString(2, key);
        ps.setString(3, json);
        ps.addBatch();
    }
}
