package io.omegalock.optuna;

import io.omegalock.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.sqlite.SQLiteConfig;

/**
 * Opening an Optuna RDB storage read-only and checking that it is one: the SQLite file (its
 * header, then the bundled engine) or a JDBC connection through whatever driver is on the class
 * path, the Optuna tables, and the schema revision recorded by alembic.
 */
final class RdbConnections {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> REQUIRED_TABLES = List.of("studies", "study_directions", "trials",
            "trial_params", "trial_values", "trial_user_attributes", "trial_system_attributes",
            "trial_intermediate_values");

    private RdbConnections() {
    }

    static Connection connectSqlite(StorageUrl url) {
        Path file = url.sqliteFile();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("Optuna storage file not found: " + file.toAbsolutePath()
                    + (Files.isDirectory(file) ? " is a directory" : ""));
        }
        checkSqliteHeader(file);
        SQLiteConfig config = new SQLiteConfig();
        // Opened with SQLITE_OPEN_READONLY: an audit never writes, not even a journal or WAL file.
        config.setReadOnly(true);
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new BadInputException("cannot open the SQLite file " + file + " read-only: " + e.getMessage(), e);
        }
    }

    static void checkSqliteHeader(Path file) {
        byte[] head = new byte[SQLITE_MAGIC.length];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new BadInputException("cannot read the Optuna storage file " + file + ": " + e.getMessage(), e);
        }
        if (n == SQLITE_MAGIC.length && java.util.Arrays.equals(head, SQLITE_MAGIC)) {
            return;
        }
        String hint = n == 0 ? "the file is empty"
                : head[0] == '{' ? "it looks like an Optuna journal file; read it with JournalStudyReader"
                : "it is not an SQLite database";
        throw new BadInputException(file + " is not an Optuna SQLite database: " + hint);
    }

    static Connection connectJdbc(StorageUrl url) {
        try {
            DriverManager.getDriver(url.jdbcUrl());
        } catch (SQLException e) {
            String dialect = url.jdbcUrl().split(":", 3)[1];
            String hint = switch (dialect) {
                case "postgresql" -> " (PostgreSQL: org.postgresql:postgresql)";
                case "mysql" -> " (MySQL: com.mysql:mysql-connector-j)";
                case "mariadb" -> " (MariaDB: org.mariadb.jdbc:mariadb-java-client)";
                default -> "";
            };
            throw new MissingDriverException("no JDBC driver for '" + dialect + "' is on the class path, so the Optuna "
                    + "storage " + url + " cannot be read; add the database's JDBC driver" + hint
                    + " to the class path, or export the study to SQLite", e);
        }
        Properties props = new Properties();
        if (url.user() != null) {
            props.setProperty("user", url.user());
        }
        if (url.password() != null) {
            props.setProperty("password", url.password());
        }
        try {
            Connection c = DriverManager.getConnection(url.jdbcUrl(), props);
            c.setReadOnly(true);
            return c;
        } catch (SQLException e) {
            throw new BadInputException("cannot connect to the Optuna storage " + url + ": " + e.getMessage(), e);
        }
    }

    static void checkOptunaTables(StorageUrl url, TreeSet<String> tables) {
        if (tables.isEmpty()) {
            throw new BadInputException(url + " is not an Optuna database: it has no tables");
        }
        List<String> missing = new ArrayList<>();
        for (String t : REQUIRED_TABLES) {
            if (!tables.contains(t)) {
                missing.add(t);
            }
        }
        if (missing.size() == REQUIRED_TABLES.size()) {
            throw new BadInputException(url + " is not an Optuna database: none of Optuna's tables (studies, "
                    + "trials, ...) is there; tables found: " + String.join(", ", tables));
        }
        if (!tables.contains("alembic_version")) {
            throw new BadInputException(url + " has no alembic_version table, so its Optuna schema revision is "
                    + "unknown; this reader accepts " + String.join(", ", SchemaRevision.acceptedIds()));
        }
        if (!missing.isEmpty()) {
            throw new BadInputException(url + " lacks the Optuna tables " + String.join(", ", missing)
                    + "; it is not a complete Optuna storage");
        }
    }

    static String libraryVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT library_version FROM version_info");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static String alembicRevision(Connection c, StorageUrl url) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version_num FROM alembic_version");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new BadInputException(url + " has an empty alembic_version table, so its Optuna schema "
                        + "revision is unknown");
            }
            return rs.getString(1);
        }
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // Closing a read-only connection loses nothing.
        }
    }
}
