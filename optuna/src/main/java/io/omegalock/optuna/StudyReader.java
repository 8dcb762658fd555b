package io.omegalock.optuna;

import io.omegalock.BadInputException;
import java.util.List;

/**
 * Reads Optuna studies from one storage, read-only. Implementations: {@link SqliteStudyReader}
 * (SQLite files and other JDBC databases) and {@link JournalStudyReader} (journal files);
 * {@link StudyReaders#open(String)} picks one from the storage string.
 */
public interface StudyReader extends AutoCloseable {

    /** @return the names of the studies in the storage, in creation order */
    List<String> studyNames();

    /**
     * @param studyName a study name
     * @return the study with all its trials
     * @throws BadInputException when no study has that name (the message lists the names found),
     *                           or the stored data cannot be decoded
     */
    Study read(String studyName);

    /**
     * The storage's only study, for the common one-study file.
     *
     * @return that study
     * @throws BadInputException when the storage holds no study or more than one (the message
     *                           lists them)
     */
    default Study readSingleStudy() {
        List<String> names = studyNames();
        if (names.size() != 1) {
            throw new BadInputException(describe() + (names.isEmpty() ? " holds no study"
                    : " holds " + names.size() + " studies " + names + "; name the one to read"));
        }
        return read(names.get(0));
    }

    /** @return where the studies come from: a path, or a URL without its password */
    String describe();

    /** Releases the connection or file, if any. */
    @Override
    void close();
}
