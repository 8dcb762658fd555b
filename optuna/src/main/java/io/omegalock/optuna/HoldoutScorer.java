package io.omegalock.optuna;

/**
 * Scores one trial's params on data the study never saw (the holdout), in the study's own
 * orientation: for a MINIMIZE study, smaller is better here too. Called once per audited trial.
 *
 * <p>A scorer that throws {@link io.omegalock.BadInputException} stops the audit (the scores
 * themselves are wrong, e.g. a trial missing from a scores file); any other exception is recorded
 * as a failed holdout evaluation of that trial, which fails the KC-4 gate with the reason.
 */
@FunctionalInterface
public interface HoldoutScorer {

    /**
     * @param trial a completed trial (read its {@link Trial#params()})
     * @return the holdout score in the study's orientation
     * @throws Exception when the evaluation fails
     */
    double score(Trial trial) throws Exception;
}
