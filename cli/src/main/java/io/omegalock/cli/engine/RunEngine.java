package io.omegalock.cli.engine;

import io.omegalock.cli.spec.TargetSet;
import io.omegalock.eval.Evaluator;

/**
 * Where a spec run's evaluations happen: the evaluator the pipeline uses and the targets it
 * evaluates (for the thread engine, local worker pools; for a cluster engine, stand-ins whose
 * evaluations the evaluator sends to the cluster). Closing it stops both.
 */
public interface RunEngine extends AutoCloseable {

    /** @return the evaluator for the pipeline */
    Evaluator evaluator();

    /** @return the spec's targets, by role */
    TargetSet targets();

    @Override
    void close();

    /**
     * @param evaluator the evaluator
     * @param targets   the targets
     * @return an engine of the two, closing the evaluator and then the targets
     */
    static RunEngine of(Evaluator evaluator, TargetSet targets) {
        return new RunEngine() {
            @Override
            public Evaluator evaluator() {
                return evaluator;
            }

            @Override
            public TargetSet targets() {
                return targets;
            }

            @Override
            public void close() {
                try {
                    evaluator.close();
                } finally {
                    targets.close();
                }
            }
        };
    }
}
