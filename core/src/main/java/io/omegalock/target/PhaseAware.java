package io.omegalock.target;

/**
 * A target that wants to know which pipeline step and which iterative round its evaluations
 * belong to (the auditing wrapper does). The pipeline calls these before each step on every
 * target that implements this interface; plain targets are left alone.
 */
public interface PhaseAware {

    /** @param phase the step about to run */
    void enterPhase(Phase phase);

    /** @param round the iterative round about to run, from 0 */
    void enterRound(int round);
}
