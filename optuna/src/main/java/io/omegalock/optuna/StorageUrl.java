package io.omegalock.optuna;

import io.omegalock.BadInputException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A storage string as Optuna users write it (SQLAlchemy URLs such as {@code sqlite:///study.db}
 * or {@code postgresql+psycopg2://user:pw@host/db}, plain file paths, or JDBC URLs), turned into
 * what JDBC needs. Credentials go into connection properties and never into messages.
 *
 * @param sqliteFile the SQLite file, or null for a database server
 * @param jdbcUrl    the JDBC URL without credentials
 * @param user       the user name from the URL, or null
 * @param password   the password from the URL, or null
 * @param display    the storage as shown in messages and reports (password replaced by ***)
 */
record StorageUrl(Path sqliteFile, String jdbcUrl, String user, String password, String display) {

    @Override
    public String toString() {
        return display;
    }

    /**
     * @param storage a SQLAlchemy URL, a JDBC URL or a path to an SQLite file
     * @return the parsed form
     * @throws BadInputException when the string is empty or an in-memory SQLite URL
     */
    static StorageUrl parse(String storage) {
        if (storage == null || storage.isBlank()) {
            throw new BadInputException("no Optuna storage given; expected sqlite:///path.db, a file path, "
                    + "or a database URL such as postgresql://user@host/db");
        }
        String s = storage.strip();
        if (s.startsWith("jdbc:sqlite:")) {
            return sqlite(stripQuery(s.substring("jdbc:sqlite:".length()).replaceFirst("^file:", "")), s);
        }
        if (s.startsWith("jdbc:")) {
            return new StorageUrl(null, s, null, null, redactJdbc(s));
        }
        int sep = s.indexOf("://");
        if (sep < 0 || s.substring(0, sep).contains("/") || s.substring(0, sep).contains("\\")) {
            return sqlite(s, s);
        }
        String scheme = s.substring(0, sep);
        int plus = scheme.indexOf('+');
        String dialect = (plus < 0 ? scheme : scheme.substring(0, plus)).toLowerCase(java.util.Locale.ROOT);
        String rest = s.substring(sep + 3);
        if (dialect.equals("sqlite")) {
            // sqlite:///relative.db and sqlite:////absolute.db, as SQLAlchemy reads them.
            if (!rest.startsWith("/") || rest.length() == 1) {
                throw new BadInputException("'" + s + "' is not an SQLite file URL: expected sqlite:///relative.db "
                        + "or sqlite:////absolute/path.db (an in-memory database holds no study to read)");
            }
            return sqlite(stripQuery(rest.substring(1)), s);
        }
        String jdbcDialect = switch (dialect) {
            case "postgres", "postgresql" -> "postgresql";
            case "mysql" -> "mysql";
            case "mariadb" -> "mariadb";
            case "mssql" -> "sqlserver";
            default -> dialect;
        };
        // Credentials live before the last '@' of the authority (a password may itself hold '@').
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String tail = slash < 0 ? "" : rest.substring(slash);
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String info = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        String jdbc = "jdbc:" + jdbcDialect + "://" + authority + tail;
        String display = scheme + "://" + (user == null ? "" : user + (password == null ? "" : ":***") + "@")
                + authority + tail;
        return new StorageUrl(null, jdbc, user, password, display);
    }

    private static StorageUrl sqlite(String path, String display) {
        return new StorageUrl(Path.of(path), null, null, null, display);
    }

    private static String stripQuery(String s) {
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** Hides a {@code password=} query parameter or a {@code user:password@} part of a JDBC URL. */
    private static String redactJdbc(String s) {
        return s.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("(//[^/:@]*:)[^/@]*@", "$1***@");
    }
}
