package io.omegalock.optuna;

import io.omegalock.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Opens the right {@link StudyReader} for a storage string. */
public final class StudyReaders {
    private StudyReaders() {
    }

    /**
     * Opens a storage: a file whose first byte is {@code {} is read as an Optuna journal file;
     * everything else (SQLite files, {@code sqlite:///} URLs, database URLs) goes to
     * {@link SqliteStudyReader}.
     *
     * @param storage a file path, an SQLAlchemy-style URL or a JDBC URL
     * @return an open reader; close it when done
     * @throws BadInputException when the storage cannot be opened or is not an Optuna storage
     */
    public static StudyReader open(String storage) {
        StorageUrl url = StorageUrl.parse(storage);
        if (url.sqliteFile() != null && looksLikeJournal(url.sqliteFile())) {
            return JournalStudyReader.open(url.sqliteFile());
        }
        return SqliteStudyReader.open(storage);
    }

    private static boolean looksLikeJournal(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            int c = in.read();
            return c == '{';
        } catch (IOException e) {
            return false;
        }
    }

    /** The error for an unknown study name, listing what exists. */
    static BadInputException unknownStudy(String name, List<String> found, String storage) {
        return new BadInputException("no study named '" + name + "' in " + storage + "; "
                + (found.isEmpty() ? "it holds no study" : "studies found: " + String.join(", ", found)));
    }
}
