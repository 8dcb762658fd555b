/**
 * The Optuna study bridge (SPEC §12): read existing Optuna studies straight from their storage,
 * read-only and without Python ({@link io.omegalock.optuna.SqliteStudyReader} for SQLite files
 * and other JDBC databases, {@link io.omegalock.optuna.JournalStudyReader} for journal files),
 * and audit them ({@link io.omegalock.optuna.StudyAudit}): rank the completed trials, re-evaluate
 * the top N on a holdout, gate the transfer with KC-4, and report {@code best_any},
 * {@code best_feasible} and the {@code gated_best} the gate lets through.
 */
package io.omegalock.optuna;
