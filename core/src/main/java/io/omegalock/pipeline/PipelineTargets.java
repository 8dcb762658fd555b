package io.omegalock.pipeline;

import io.omegalock.BadInputException;
import io.omegalock.target.PhaseAware;
import io.omegalock.target.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The targets of a run: train (required) and the optional test (walk-forward), validation
 * (hybrid re-scoring) and holdout (one evaluation no selection step sees) slices.
 *
 * @param train      searched and stressed
 * @param test       walk-forward target, or null
 * @param validation hybrid validation target, or null
 * @param holdout    holdout target, or null
 */
public record PipelineTargets(Target train, Target test, Target validation, Target holdout) {

    /** @throws BadInputException when train is missing or a slice's space differs from train's */
    public PipelineTargets {
        Objects.requireNonNull(train, "train target is required");
        for (Target t : new Target[] {test, validation, holdout}) {
            if (t != null && !t.space().equals(train.space())) {
                throw new BadInputException("every target must share the train target's parameter space");
            }
        }
    }

    /** @return targets with only a train slice */
    public static PipelineTargets of(Target train) {
        return new PipelineTargets(train, null, null, null);
    }

    /** @return a copy with a test target */
    public PipelineTargets withTest(Target t) {
        return new PipelineTargets(train, t, validation, holdout);
    }

    /** @return a copy with a validation target */
    public PipelineTargets withValidation(Target t) {
        return new PipelineTargets(train, test, t, holdout);
    }

    /** @return a copy with a holdout target */
    public PipelineTargets withHoldout(Target t) {
        return new PipelineTargets(train, test, validation, t);
    }

    /** @return a copy without the holdout (the iterative loop's rounds run without it) */
    public PipelineTargets withoutHoldout() {
        return new PipelineTargets(train, test, validation, null);
    }

    /** Tells every phase-aware target which iterative round is starting. */
    void enterRound(int round) {
        for (Target t : all()) {
            if (t instanceof PhaseAware pa) {
                pa.enterRound(round);
            }
        }
    }

    private List<Target> all() {
        List<Target> out = new ArrayList<>();
        for (Target t : new Target[] {train, test, validation, holdout}) {
            if (t != null && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
