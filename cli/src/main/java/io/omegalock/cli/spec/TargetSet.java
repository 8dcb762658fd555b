package io.omegalock.cli.spec;

import io.omegalock.audit.AuditTrail;
import io.omegalock.pipeline.PipelineTargets;
import io.omegalock.target.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The opened targets of a spec, by role. Closing it stops every worker process.
 */
public final class TargetSet implements AutoCloseable {
    private final Target train;
    private final Target test;
    private final Target validation;
    private final Target holdout;

    TargetSet(Target train, Target test, Target validation, Target holdout) {
        this.train = Objects.requireNonNull(train, "train");
        this.test = test;
        this.validation = validation;
        this.holdout = holdout;
    }

    /**
     * @param train      the train target (required)
     * @param test       the test target, or null
     * @param validation the validation target, or null
     * @param holdout    the holdout target, or null
     * @return the targets by role (an engine other than threads makes its own)
     */
    public static TargetSet of(Target train, Target test, Target validation, Target holdout) {
        return new TargetSet(train, test, validation, holdout);
    }

    /** @return the train target */
    public Target train() {
        return train;
    }

    /** @return the test (walk-forward) target, or null */
    public Target test() {
        return test;
    }

    /** @return the validation (hybrid) target, or null */
    public Target validation() {
        return validation;
    }

    /** @return the holdout target, or null */
    public Target holdout() {
        return holdout;
    }

    /** @return the targets as the pipeline takes them, unaudited */
    public PipelineTargets pipelineTargets() {
        return new PipelineTargets(train, test, validation, holdout);
    }

    /**
     * @param trail the audit trail every call is recorded into
     * @return the targets wrapped by the trail under their roles ({@code train}, {@code test},
     *     {@code validation}, {@code holdout})
     */
    public PipelineTargets pipelineTargets(AuditTrail trail) {
        return new PipelineTargets(trail.wrap(train, "train"), test == null ? null : trail.wrap(test, "test"),
                validation == null ? null : trail.wrap(validation, "validation"),
                holdout == null ? null : trail.wrap(holdout, "holdout"));
    }

    /**
     * Starts every worker process now, so the interpreters and models of all roles load
     * concurrently rather than one after another as the pipeline first reaches each role.
     */
    public void startWorkers() {
        for (Target t : all()) {
            if (t instanceof io.omegalock.cli.worker.WorkerTarget w) {
                w.startAll();
            }
        }
    }

    /** Stops every worker process (each gets its stdin closed, then a short grace period). */
    @Override
    public void close() {
        closeAll(all());
    }

    private List<Target> all() {
        List<Target> all = new ArrayList<>(4);
        for (Target t : new Target[] {train, test, validation, holdout}) {
            if (t != null) {
                all.add(t);
            }
        }
        return all;
    }

    static void closeAll(List<Target> targets) {
        for (Target t : targets) {
            if (t instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // Closing is best effort: a worker that cannot be stopped is killed by its own close.
                }
            }
        }
    }
}
