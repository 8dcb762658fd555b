package io.omegalock.cli.spec;

import io.omegalock.cli.worker.WorkerLog;
import io.omegalock.space.ParamSpace;
import io.omegalock.target.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The targets a spec declares, by role; nothing is started until {@link #open}.
 *
 * @param train      the search and stress target (required)
 * @param test       the walk-forward target, or null
 * @param validation the hybrid validation target, or null
 * @param holdout    the holdout target, or null
 */
public record SpecTargets(TargetSpec train, TargetSpec test, TargetSpec validation, TargetSpec holdout) {

    /** @throws NullPointerException when train is missing */
    public SpecTargets {
        Objects.requireNonNull(train, "train");
    }

    /** @return the declared targets in role order: train, test, validation, holdout */
    public List<TargetSpec> declared() {
        List<TargetSpec> out = new ArrayList<>(4);
        for (TargetSpec t : new TargetSpec[] {train, test, validation, holdout}) {
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Creates every declared target. Worker processes start on their first evaluation, or all
     * at once with {@link TargetSet#startWorkers()}.
     *
     * @param space     the spec's parameter space
     * @param processes worker processes per command target ({@code --threads N} means N); the
     *                  holdout, evaluated once, always gets one
     * @param log       where worker stderr lines go
     * @return the targets; close them to stop the workers
     * @throws io.omegalock.BadInputException when processes < 1
     */
    public TargetSet open(ParamSpace space, int processes, WorkerLog log) {
        List<Target> made = new ArrayList<>(4);
        try {
            Target tr = make(train, space, processes, log, made);
            Target te = make(test, space, processes, log, made);
            Target va = make(validation, space, processes, log, made);
            // The holdout is evaluated once per run: one worker process is all it can use.
            Target ho = make(holdout, space, 1, log, made);
            return new TargetSet(tr, te, va, ho);
        } catch (RuntimeException e) {
            TargetSet.closeAll(made);
            throw e;
        }
    }

    private static Target make(TargetSpec spec, ParamSpace space, int processes, WorkerLog log, List<Target> made) {
        if (spec == null) {
            return null;
        }
        Target t = spec.create(space, processes, log);
        made.add(t);
        return t;
    }
}
