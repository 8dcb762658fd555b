package io.omegalock.optuna;

import io.omegalock.BadInputException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads studies from Optuna's RDB storage, read-only: SQLite files through the bundled
 * sqlite-jdbc engine, and any other database Optuna accepts (PostgreSQL, MySQL, ...) through
 * whatever JDBC driver is on the class path.
 *
 * <p>Accepted storage strings: {@code sqlite:///relative.db}, {@code sqlite:////abs/path.db}, a
 * plain file path, {@code jdbc:sqlite:path}, SQLAlchemy server URLs such as
 * {@code postgresql+psycopg2://user:pw@host:5432/db} or {@code mysql://user@host/db} (turned into
 * {@code jdbc:postgresql://host:5432/db} and so on, with the credentials passed as connection
 * properties), and {@code jdbc:} URLs as they are.
 *
 * <p>The schema revision is read from {@code alembic_version} and must be one Optuna 3.0 through
 * 5.x writes ({@code v3.0.0.a} to {@code v3.0.0.d}, {@code v3.2.0.a}); anything else is refused
 * with a message naming the revision found. A study is read with one query per table inside one
 * read-only transaction (a consistent snapshot even while Optuna keeps writing), and joined in
 * memory.
 *
 * <p>Not thread-safe: one reader, one connection.
 */
public final class SqliteStudyReader implements StudyReader {

    private final Connection conn;
    private final StorageUrl url;
    private final SchemaRevision revision;
    private final String libraryVersion;
    private final String q;

    private SqliteStudyReader(Connection conn, StorageUrl url, SchemaRevision revision, String libraryVersion,
                              String quote) {
        this.conn = conn;
        this.url = url;
        this.revision = revision;
        this.libraryVersion = libraryVersion;
        this.q = quote;
    }

    /**
     * @param file an SQLite file written by Optuna
     * @return an open reader; close it when done
     * @throws BadInputException when the file is missing, not an SQLite database, not an Optuna
     *                           database, or of a schema revision this reader does not accept
     */
    public static SqliteStudyReader open(Path file) {
        return open(new StorageUrl(file, null, null, null, file.toString()));
    }

    /**
     * @param storage a storage string (see the class comment)
     * @return an open reader; close it when done
     * @throws BadInputException when the file or database cannot be opened, no JDBC driver on the
     *                           class path accepts the URL, the database is not an Optuna storage,
     *                           or its schema revision is not accepted
     */
    public static SqliteStudyReader open(String storage) {
        return open(StorageUrl.parse(storage));
    }

    private static SqliteStudyReader open(StorageUrl url) {
        Connection c = url.sqliteFile() != null ? RdbConnections.connectSqlite(url) : RdbConnections.connectJdbc(url);
        try {
            c.setAutoCommit(false);
            DatabaseMetaData meta = c.getMetaData();
            String quote = meta.getIdentifierQuoteString();
            if (quote == null || quote.isBlank()) {
                quote = "\"";
            }
            TreeSet<String> tables = new TreeSet<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            RdbConnections.checkOptunaTables(url, tables);
            String libraryVersion = tables.contains("version_info") ? RdbConnections.libraryVersion(c) : null;
            String revisionId = RdbConnections.alembicRevision(c, url);
            SchemaRevision revision = SchemaRevision.of(revisionId, url.display(), libraryVersion);
            // Holding a read transaction open would block Optuna's next commit on a live study.
            c.rollback();
            return new SqliteStudyReader(c, url, revision, libraryVersion, quote);
        } catch (SQLException e) {
            RdbConnections.closeQuietly(c);
            throw new BadInputException("cannot read the Optuna storage " + url + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            RdbConnections.closeQuietly(c);
            throw e;
        }
    }

    /** @return the alembic schema revision found, e.g. {@code v3.0.0.d} */
    public String schemaRevision() {
        return revision.id();
    }

    /** @return the Optuna version that created the storage ({@code version_info}), or null */
    public String libraryVersion() {
        return libraryVersion;
    }

    @Override
    public String describe() {
        return url.display();
    }

    @Override
    public List<String> studyNames() {
        try (PreparedStatement ps = conn.prepareStatement("SELECT study_name FROM studies ORDER BY study_id");
             ResultSet rs = ps.executeQuery()) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            endSnapshot();
        }
    }

    @Override
    public Study read(String studyName) {
        try {
            long studyId = studyId(studyName);
            List<StudyDirection> directions = directions(studyId, studyName);
            Map<Long, TrialBuilder> trials = trials(studyId);
            readParams(studyId, trials);
            readValues(studyId, trials);
            readAttrs(studyId, trials, "trial_user_attributes", true);
            readAttrs(studyId, trials, "trial_system_attributes", false);
            readIntermediateValues(studyId, trials);
            List<Trial> out = new ArrayList<>(trials.size());
            for (TrialBuilder b : trials.values()) {
                out.add(b.build());
            }
            return new Study(new StudyInfo(studyName, directions), out, source());
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            endSnapshot();
        }
    }

    private String source() {
        return url.display() + " (schema " + revision.id()
                + (libraryVersion == null ? "" : ", Optuna " + libraryVersion) + ")";
    }

    private long studyId(String name) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT study_id FROM studies WHERE study_name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        throw StudyReaders.unknownStudy(name, studyNames(), url.display());
    }

    private List<StudyDirection> directions(long studyId, String name) throws SQLException {
        List<StudyDirection> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT direction FROM study_directions WHERE study_id = ? ORDER BY objective")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(StudyDirection.fromName(rs.getString(1)));
                }
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException("study '" + name + "' in " + url + " has no row in study_directions");
        }
        return out;
    }

    private Map<Long, TrialBuilder> trials(long studyId) throws SQLException {
        Map<Long, TrialBuilder> out = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT trial_id, number, state FROM trials WHERE study_id = ? ORDER BY trial_id")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int number = rs.getInt(2);
                    if (rs.wasNull()) {
                        number = out.size();
                    }
                    out.put(rs.getLong(1), new TrialBuilder(number, TrialState.fromName(rs.getString(3))));
                }
            }
        }
        return out;
    }

    /** Rows of one per-trial table for this study, in insertion order: one query, no per-trial round trip. */
    private PreparedStatement perTrial(String columns, String table, String idColumn) throws SQLException {
        PreparedStatement ps = conn.prepareStatement("SELECT " + columns + " FROM " + table
                + " x JOIN trials t ON t.trial_id = x.trial_id WHERE t.study_id = ? ORDER BY x." + idColumn);
        ps.setFetchSize(4096);
        return ps;
    }

    private void readParams(long studyId, Map<Long, TrialBuilder> trials) throws SQLException {
        Map<String, Distribution> byName = decoderPerName(studyId);
        boolean perRow = byName == null;
        Map<String, Distribution> parsed = new HashMap<>();
        try (PreparedStatement ps = perTrial("x.trial_id, x.param_name, x.param_value"
                + (perRow ? ", x.distribution_json" : ""), "trial_params", "param_id")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TrialBuilder b = trials.get(rs.getLong(1));
                    String name = rs.getString(2);
                    double internal = rs.getDouble(3);
                    Distribution d;
                    if (perRow) {
                        String json = rs.getString(4);
                        d = parsed.get(json);
                        if (d == null) {
                            d = Distribution.parse(json, where(b, "param '" + name + "'"));
                            parsed.put(json, d);
                        }
                    } else {
                        d = byName.get(name);
                        if (d == null) {
                            throw new BadInputException(where(b, "param '" + name + "'") + " has no distribution");
                        }
                    }
                    try {
                        b.params.put(name, d.toExternal(internal));
                    } catch (BadInputException e) {
                        throw new BadInputException(where(b, "param '" + name + "'") + ": " + e.getMessage(), e);
                    }
                }
            }
        }
    }

    /**
     * Optuna refuses a param whose distribution class or categorical choices differ from the one
     * the study recorded first, so one decoder per param name normally serves every row and the
     * long {@code distribution_json} need not be fetched 5,000 times. Bounds may differ between
     * trials; they do not change how a value decodes.
     *
     * @return the decoder per param name, or null when some name has decoders that disagree (a
     *         storage not written by Optuna): then every row is decoded on its own
     */
    private Map<String, Distribution> decoderPerName(long studyId) throws SQLException {
        Map<String, Distribution> byName = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT DISTINCT x.param_name, x.distribution_json "
                + "FROM trial_params x JOIN trials t ON t.trial_id = x.trial_id WHERE t.study_id = ?")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    Distribution d = Distribution.parse(rs.getString(2), "param '" + name + "' in " + url);
                    Distribution seen = byName.putIfAbsent(name, d);
                    if (seen != null && !seen.decodesLike(d)) {
                        return null;
                    }
                }
            }
        }
        return byName;
    }

    private void readValues(long studyId, Map<Long, TrialBuilder> trials) throws SQLException {
        String type = revision.hasValueType() ? "x.value_type" : "NULL";
        try (PreparedStatement ps = perTrial("x.trial_id, x.objective, x.value, " + type, "trial_values",
                "trial_value_id")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TrialBuilder b = trials.get(rs.getLong(1));
                    int objective = rs.getInt(2);
                    double v = rs.getDouble(3);
                    boolean isNull = rs.wasNull();
                    String t = rs.getString(4);
                    b.values.put(objective, storedValue(v, isNull, t, b));
                }
            }
        }
    }

    /** Optuna 3.0.0.d+ stores infinities as NULL plus a type; older revisions stored the number. */
    private double storedValue(double v, boolean isNull, String type, TrialBuilder b) {
        if (type == null) {
            if (isNull) {
                throw new BadInputException(where(b, "a value") + " is NULL");
            }
            return v;
        }
        switch (type) {
            case "FINITE":
                if (isNull) {
                    throw new BadInputException(where(b, "a value") + " is NULL although its type is FINITE");
                }
                return v;
            case "INF_POS":
                return Double.POSITIVE_INFINITY;
            case "INF_NEG":
                return Double.NEGATIVE_INFINITY;
            default:
                throw new BadInputException(where(b, "a value") + " has the unknown value_type '" + type
                        + "'; expected FINITE, INF_POS or INF_NEG");
        }
    }

    private void readAttrs(long studyId, Map<Long, TrialBuilder> trials, String table, boolean user)
            throws SQLException {
        String idColumn = user ? "trial_user_attribute_id" : "trial_system_attribute_id";
        try (PreparedStatement ps = perTrial("x.trial_id, x." + q + "key" + q + ", x.value_json", table, idColumn)) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TrialBuilder b = trials.get(rs.getLong(1));
                    String key = rs.getString(2);
                    Object value;
                    try {
                        value = TrialBuilder.attr(rs.getString(3));
                    } catch (BadInputException e) {
                        throw new BadInputException(where(b, (user ? "user" : "system") + " attr '" + key + "'")
                                + " is not valid JSON: " + e.getMessage(), e);
                    }
                    (user ? b.userAttrs : b.systemAttrs).put(key, value);
                }
            }
        }
    }

    private void readIntermediateValues(long studyId, Map<Long, TrialBuilder> trials) throws SQLException {
        String type = revision.hasIntermediateValueType() ? "x.intermediate_value_type" : "NULL";
        try (PreparedStatement ps = perTrial("x.trial_id, x.step, x.intermediate_value, " + type,
                "trial_intermediate_values", "trial_intermediate_value_id")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TrialBuilder b = trials.get(rs.getLong(1));
                    long step = rs.getLong(2);
                    double v = rs.getDouble(3);
                    boolean isNull = rs.wasNull();
                    String t = rs.getString(4);
                    double value = t == null ? (isNull ? Double.NaN : v) : switch (t) {
                        case "INF_POS" -> Double.POSITIVE_INFINITY;
                        case "INF_NEG" -> Double.NEGATIVE_INFINITY;
                        case "NAN" -> Double.NaN;
                        default -> isNull ? Double.NaN : v;
                    };
                    b.intermediateValues.put(step, value);
                }
            }
        }
    }

    private String where(TrialBuilder b, String what) {
        return "trial " + b.number + " " + what + " in " + url;
    }

    private BadInputException failure(SQLException e) {
        return new BadInputException("cannot read the Optuna storage " + url + ": " + e.getMessage(), e);
    }

    /**
     * Ends the read transaction: the next read sees a fresh snapshot, and a live Optuna writer is
     * not held up (an open SQLite read transaction blocks its commits).
     */
    private void endSnapshot() {
        try {
            conn.rollback();
        } catch (SQLException e) {
            // Nothing was written; a failed rollback of a read leaves nothing to undo.
        }
    }

    @Override
    public void close() {
        RdbConnections.closeQuietly(conn);
    }

}
